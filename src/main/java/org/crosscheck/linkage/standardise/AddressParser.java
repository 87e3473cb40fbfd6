package org.crosscheck.linkage.standardise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a UK address, written as one cell or as separate columns, into standardised {@link AddressParts}.
 *
 * <p>The address is cut at commas, semicolons and new lines; the postcode (the last one found) is taken out first.
 * Reading left to right: flat, unit, shop, suite, room and floor phrases become the sub-building; the first part
 * holding a house number ("12", "12a", "12-14") gives the number and the street after it ("12, The Broadway" takes
 * the street from the next part); without a number, the first part holding a street word (road, lane, broadway...)
 * is the street. Parts before the street are the building name, which may be a business name. A street runs to its
 * street word, so "12 High St Brackford" still finds town "brackford". After the street, the last part is the town
 * and any others the locality. Trailing country names are dropped.
 *
 * <p>Stateless, thread-safe, never throws. {@code parse(format(parse(x)))} equals {@code parse(x)}.
 */
public final class AddressParser {

    private static final Pattern PART_SEPARATORS = Pattern.compile("[,;|\\n\\r]+");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,5}[a-z]?(?:-\\d{1,5}[a-z]?)?");
    private static final Pattern SINGLE_LETTER = Pattern.compile("[a-z]");
    private static final String FLOOR_SIDES = "lower|upper";
    private static final String FLOOR_LEVELS = "ground|basement|first|second|third|fourth|fifth|sixth|top|mezzanine"
            + "|1st|2nd|3rd|4th|5th|6th";
    private static final String UNIT_WORDS = "flat|flats|apartment|apt|unit|units|shop|suite|room|studio|kiosk|stall"
            + "|office";
    private static final Pattern FLOOR = Pattern.compile(
            "^(?:(" + FLOOR_SIDES + ") )?(" + FLOOR_LEVELS + ") floors?(?: |$)");
    private static final Pattern BASEMENT = Pattern.compile("^basement(?: |$)");
    /** "Rear of 83 Market Street": a separate unit behind the shop, as much a sub-building as a flat. */
    private static final Pattern REAR = Pattern.compile("^rear(?: of)?(?: |$)");
    private static final Pattern UNIT = Pattern.compile(
            "^(" + UNIT_WORDS + ")"
                    + "(?: no| number)? (\\d{1,5}[a-z]?(?:-\\d{1,5}[a-z]?)?|[a-z]\\d{0,4})(?: |$)");
    /** Every word FLOOR, BASEMENT, REAR or UNIT can start with: a part starting otherwise has no sub-building. */
    private static final Set<String> SUB_BUILDING_FIRST_WORDS = Set.copyOf(java.util.Arrays.asList(
            (FLOOR_SIDES + "|" + FLOOR_LEVELS + "|" + UNIT_WORDS + "|basement|rear").split("\\|")));
    private static final Set<String> COUNTRIES = Set.of(
            "uk", "united kingdom", "gb", "great britain", "england", "scotland", "wales", "northern ireland");
    private static final int MAX_ADDRESS_LENGTH = 2_000;
    private static final int MAX_SETTLE_ROUNDS = 4;

    private AddressParser() {
    }

    /**
     * Parses one free-text address ("The Chicken Shop, 12 The Broadway, Brackford BK1 2AB").
     *
     * @param fullAddress the address, may be {@code null}
     * @return the parts, {@link AddressParts#EMPTY} for blank input; never {@code null}
     */
    public static AddressParts parse(String fullAddress) {
        return fromParts(fullAddress, null, null, null, null, null, null);
    }

    /**
     * Combines address columns: each given column wins over what is parsed from {@code address}.
     *
     * <p>{@code address} may be a whole address or joined address lines ("Unit 3, 12 Mill Lane, Eastfield,
     * Brackford"). When a separate town is given and differs from the town parsed out of {@code address}, the parsed
     * one is kept as (part of) the locality.
     *
     * @return the parts, never {@code null}; every argument may be {@code null}
     */
    public static AddressParts fromParts(String address, String building, String houseNumber, String street,
            String locality, String town, String postcode) {
        AddressParts parsed = parseText(address);
        String sub = parsed.subBuilding();
        String buildingName = parsed.buildingName();
        String givenBuilding = AddressText.normalise(building);
        if (!givenBuilding.isEmpty()) {
            List<String> subs = new ArrayList<>();
            String rest = takeSubBuildings(givenBuilding, subs);
            sub = sub == null ? joinOrNull(subs) : sub;
            buildingName = rest.isEmpty() ? buildingName : String.join(" ", StreetNames.expandEstate(words(rest)));
        }
        String number = parsed.houseNumber();
        String streetName = parsed.street();
        String givenNumber = AddressText.normalise(houseNumber).replace(" ", "");
        String givenStreet = AddressText.normalise(street);
        if (!givenStreet.isEmpty()) {
            List<String> tokens = words(givenStreet);
            if (givenNumber.isEmpty() && tokens.size() > 1 && HOUSE_NUMBER.matcher(tokens.get(0)).matches()) {
                givenNumber = tokens.get(0);
                tokens = tokens.subList(1, tokens.size());
            }
            streetName = String.join(" ", StreetNames.expand(tokens));
        }
        if (!givenNumber.isEmpty()) {
            number = givenNumber;
        }
        String townName = parsed.town();
        String localityName = parsed.locality();
        String givenTown = AddressText.normalise(town);
        String givenLocality = AddressText.normalise(locality);
        if (!givenTown.isEmpty()) {
            if (townName != null && !townName.equals(givenTown) && givenLocality.isEmpty()) {
                localityName = localityName == null ? townName : localityName + " " + townName;
            }
            townName = givenTown;
        }
        if (!givenLocality.isEmpty()) {
            localityName = givenLocality;
        }
        Postcode code = parsed.postcode();
        Postcode givenCode = Postcode.parse(postcode);
        if (givenCode == null) {
            givenCode = Postcode.find(postcode);
        }
        if (givenCode != null) {
            code = givenCode;
        }
        return new AddressParts(sub, buildingName, number, streetName, localityName, townName, code);
    }

    /**
     * Returns "house number street" ("12 high street"), a key for blocking on the street address.
     *
     * @param parts parsed parts, may be {@code null}
     * @return the key, or {@code null} unless both the house number and the street are known
     */
    public static String streetKey(AddressParts parts) {
        if (parts == null || parts.houseNumber() == null || parts.street() == null) {
            return null;
        }
        return parts.houseNumber() + " " + parts.street();
    }

    /**
     * Writes the parts as one comma-separated line for display ("flat a, 3 high street, brackford, BK1 2AB").
     *
     * @param parts parsed parts, may be {@code null}
     * @return the line, or {@code null} when there are no parts
     */
    public static String format(AddressParts parts) {
        if (parts == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        addIfPresent(out, parts.subBuilding());
        addIfPresent(out, parts.buildingName());
        if (parts.houseNumber() != null && parts.street() != null) {
            out.add(parts.houseNumber() + " " + parts.street());
        } else {
            addIfPresent(out, parts.houseNumber());
            addIfPresent(out, parts.street());
        }
        addIfPresent(out, parts.locality());
        addIfPresent(out, parts.town());
        addIfPresent(out, parts.postcode() == null ? null : parts.postcode().full());
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static AddressParts parseText(String text) {
        if (text == null || text.length() > MAX_ADDRESS_LENGTH) {
            return AddressParts.EMPTY;
        }
        return settle(readOnce(text));
    }

    /**
     * Re-reads the formatted parts until they stop changing, so that {@code parse(format(p))} gives {@code p}.
     *
     * <p>A single reading is not always stable on odd input: a number written after a town, say, is a house number
     * once the formatted line puts it in a part of its own. Real addresses settle in one round, garbage in two or
     * three, so the rounds are bounded.
     */
    private static AddressParts settle(AddressParts first) {
        AddressParts current = first;
        for (int round = 0; round < MAX_SETTLE_ROUNDS; round++) {
            String line = format(current);
            AddressParts next = line == null ? AddressParts.EMPTY : readOnce(line);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static AddressParts readOnce(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : PART_SEPARATORS.split(text)) {
            parts.add(AddressText.normalise(piece));
        }
        Postcode code = takeLastPostcode(parts);
        parts.removeIf(String::isEmpty);
        while (!parts.isEmpty() && COUNTRIES.contains(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        return new Reading(parts, code).read();
    }

    /** Removes the last postcode from the parts, splitting its part in two around it, and returns it. */
    private static Postcode takeLastPostcode(List<String> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (!mayHoldPostcode(parts.get(i))) {
                continue;
            }
            Matcher m = Postcode.IN_TEXT.matcher(parts.get(i));
            Postcode found = null;
            int start = 0;
            int end = 0;
            while (m.find()) {
                Postcode candidate = Postcode.fromMatch(m);
                if (candidate != null) {
                    found = candidate;
                    start = m.start();
                    end = m.end();
                }
            }
            if (found != null) {
                String part = parts.get(i);
                parts.set(i, part.substring(end).trim());
                parts.add(i, part.substring(0, start).trim());
                return found;
            }
        }
        return null;
    }

    /**
     * False only when the text has no postcode: every postcode ends in its inward code, a digit and two letters
     * ("3AB"), which most parts of an address ("12 The Broadway") lack. Spares the postcode pattern, which is tried
     * at every character.
     */
    static boolean mayHoldPostcode(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && isAsciiLetter(text.charAt(i + 1)) && isAsciiLetter(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** One left-to-right reading of the comma parts of an address. */
    private static final class Reading {
        private final List<String> parts;
        private final Postcode postcode;
        private final List<String> subs = new ArrayList<>();
        private final List<String> leading = new ArrayList<>();
        private final List<String> trailing = new ArrayList<>();
        private String number;
        private String street;

        Reading(List<String> parts, Postcode postcode) {
            this.parts = parts;
            this.postcode = postcode;
        }

        AddressParts read() {
            List<List<String>> subsPerPart = new ArrayList<>();
            List<String> cleaned = new ArrayList<>();
            for (String part : parts) {
                List<String> partSubs = new ArrayList<>();
                cleaned.add(takeSubBuildings(part, partSubs));
                subsPerPart.add(partSubs);
            }
            int streetIndex = findNumbered(cleaned);
            if (streetIndex < 0) {
                streetIndex = findStreetLike(cleaned);
            }
            if (streetIndex < 0) {
                return readWithoutStreet(cleaned, subsPerPart);
            }
            for (int i = 0; i <= streetIndex; i++) {
                subs.addAll(subsPerPart.get(i));
            }
            for (int i = 0; i < streetIndex; i++) {
                addIfPresent(leading, cleaned.get(i));
            }
            int next = readStreetPart(cleaned.get(streetIndex), streetIndex);
            trailing.addAll(parts.subList(Math.min(next, parts.size()), parts.size()));
            return build();
        }

        /** Reads the number and street from the part at {@code index}; returns the index of the first later part. */
        private int readStreetPart(String part, int index) {
            List<String> tokens = words(part);
            int numberAt = numberIndex(tokens);
            List<String> rest = tokens;
            if (numberAt >= 0) {
                addIfPresent(leading, String.join(" ", tokens.subList(0, numberAt)));
                number = tokens.get(numberAt);
                rest = tokens.subList(numberAt + 1, tokens.size());
                if (rest.size() > 1 && SINGLE_LETTER.matcher(rest.get(0)).matches()) {
                    // "12 A High Street": the letter belongs to the number.
                    number = number + rest.get(0);
                    rest = rest.subList(1, rest.size());
                }
                if (rest.isEmpty()) {
                    if (index + 1 < parts.size()) {
                        setStreet(words(parts.get(index + 1)));
                        return index + 2;
                    }
                    return index + 1;
                }
            }
            setStreet(rest);
            return index + 1;
        }

        private void setStreet(List<String> tokens) {
            List<String> expanded = StreetNames.expand(tokens);
            int length = StreetNames.streetLength(expanded);
            street = joinOrNull(expanded.subList(0, length));
            List<String> tail = tokens.subList(length, tokens.size());
            if (number == null && !tail.isEmpty() && HOUSE_NUMBER.matcher(tail.get(0)).matches()) {
                // "High Street 12-14": a number written after the street still belongs to it.
                number = tail.get(0);
                tail = tail.subList(1, tail.size());
            }
            addIfPresent(trailing, String.join(" ", tail));
        }

        private AddressParts readWithoutStreet(List<String> cleaned, List<List<String>> subsPerPart) {
            subsPerPart.forEach(subs::addAll);
            List<String> rest = new ArrayList<>(cleaned);
            rest.removeIf(String::isEmpty);
            if (rest.size() == 1 && postcode == null) {
                leading.add(rest.get(0));
            } else if (!rest.isEmpty()) {
                if (rest.size() > 1) {
                    leading.add(rest.remove(0));
                }
                trailing.addAll(rest);
            }
            return build();
        }

        private AddressParts build() {
            String building = leading.isEmpty() ? null
                    : String.join(" ", StreetNames.expandEstate(words(String.join(" ", leading))));
            String locality = trailing.size() > 1 ? String.join(" ", trailing.subList(0, trailing.size() - 1)) : null;
            String town = trailing.isEmpty() ? null : trailing.get(trailing.size() - 1);
            return new AddressParts(joinOrNull(subs), building, number, street, locality, town, postcode);
        }
    }

    /** Index of the first part with a house number that starts a street, or -1. */
    private static int findNumbered(List<String> cleaned) {
        for (int i = 0; i < cleaned.size(); i++) {
            if (numberIndex(words(cleaned.get(i))) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int findStreetLike(List<String> cleaned) {
        for (int i = 0; i < cleaned.size(); i++) {
            if (StreetNames.isStreetLike(StreetNames.expand(words(cleaned.get(i))))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the house number in a part: the first word when it is a number, or a later number followed by a
     * street ("riverside house 12 mill lane"); -1 when there is none.
     */
    private static int numberIndex(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            // a house number starts with a digit: most words are let go without a regular expression
            if (!startsWithDigit(tokens.get(i)) || !HOUSE_NUMBER.matcher(tokens.get(i)).matches()) {
                continue;
            }
            List<String> rest = tokens.subList(i + 1, tokens.size());
            if (i == 0 || (!rest.isEmpty() && StreetNames.isStreetLike(StreetNames.expand(rest)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithDigit(String token) {
        return !token.isEmpty() && token.charAt(0) >= '0' && token.charAt(0) <= '9';
    }

    /** Whether the part's first word is one a flat, unit or floor phrase can start with (see the patterns). */
    private static boolean mayStartWithSubBuilding(String part) {
        int space = part.indexOf(' ');
        return SUB_BUILDING_FIRST_WORDS.contains(space < 0 ? part : part.substring(0, space));
    }

    /** Moves leading flat/unit/floor phrases of {@code part} into {@code subs}; returns what is left. */
    static String takeSubBuildings(String part, List<String> subs) {
        String rest = part;
        boolean found = true;
        // four regular expressions for every part of every address, most of which start with a number or a street
        while (found && !rest.isEmpty() && mayStartWithSubBuilding(rest)) {
            found = false;
            Matcher floor = FLOOR.matcher(rest);
            Matcher basement = BASEMENT.matcher(rest);
            Matcher unit = UNIT.matcher(rest);
            Matcher rear = REAR.matcher(rest);
            if (floor.find()) {
                String level = ordinalWord(floor.group(2)) + " floor";
                subs.add(floor.group(1) == null ? level : floor.group(1) + " " + level);
                rest = rest.substring(floor.end()).trim();
                found = true;
            } else if (basement.find()) {
                subs.add("basement");
                rest = rest.substring(basement.end()).trim();
                found = true;
            } else if (rear.find()) {
                subs.add("rear");
                rest = rest.substring(rear.end()).trim();
                found = true;
            } else if (unit.find()) {
                subs.add(unitWord(unit.group(1)) + " " + unit.group(2));
                rest = rest.substring(unit.end()).trim();
                found = true;
            }
        }
        return rest;
    }

    private static String ordinalWord(String level) {
        switch (level) {
            case "1st":
                return "first";
            case "2nd":
                return "second";
            case "3rd":
                return "third";
            case "4th":
                return "fourth";
            case "5th":
                return "fifth";
            case "6th":
                return "sixth";
            default:
                return level;
        }
    }

    private static String unitWord(String word) {
        switch (word) {
            case "flats":
            case "apartment":
            case "apt":
                return "flat";
            case "units":
                return "unit";
            default:
                return word;
        }
    }

    private static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    private static String joinOrNull(List<String> tokens) {
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }

    private static void addIfPresent(List<String> out, String value) {
        if (value != null && !value.isEmpty()) {
            out.add(value);
        }
    }
}
