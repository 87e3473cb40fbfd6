package org.crosscheck.sampledata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The street gazetteer of Brackford, a fictional UK town, with its postcode districts BK1 to BK11.
 * Postcodes are valid in form but the BK area does not exist, so no real premises can be implied.
 * Not thread-safe: it hands out property references (UPRNs) as addresses are first used.
 */
final class TownModel {

    static final String TOWN = "Brackford";
    static final String NEIGHBOUR_TOWN = "Cranmere";

    /** A street in one postcode district; each stretch of numbers has its own postcode unit. */
    record Street(String name, String locality, String town, String outward, int maxNumber, List<String> postcodes,
                  boolean isShopping) {

        String postcodeFor(int number) {
            int index = Math.min(postcodes.size() - 1, (number - 1) * postcodes.size() / maxNumber);
            return postcodes.get(Math.max(0, index));
        }
    }

    /** A named multi-occupancy site: a market hall or an estate, all of it under one postcode. */
    record Site(String siteName, String street, String locality, String town, String postcode) {
    }

    /** Inward-code letters actually used by Royal Mail (no C, I, K, M, O, V). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final String[] DISTRICT_LOCALITY = {
        null, null, "Northgate", "Eastfield", "Southmead", "Westbury Park", "Hollins Cross",
        "Millbrook", "Hatherley", "Saltby", null, "Thornwick"
    };

    private static final String[] STREET_STEMS = {
        "High", "Church", "Station", "Mill", "King", "Queen", "Victoria", "Albert", "Bridge", "Park",
        "London", "North", "South", "West", "Castle", "Chapel", "Green", "Grove", "Oak", "Elm", "Ash",
        "Willow", "Cedar", "Beech", "Manor", "Orchard", "Meadow", "Brook", "River", "Canal", "Wharf",
        "Tanners", "Weavers", "Cobden", "Peel", "Gladstone", "Nelson", "Wellington", "Trafalgar",
        "York", "Lancaster", "Windsor", "Clarence", "Regent", "Princes", "Hatherley", "Saltby", "Fenwick",
        "Cromwell", "Ashby", "Holly", "Rowan", "Larch", "Sycamore", "Carlton", "Dover", "Hampton"
    };

    private static final String[] STREET_SUFFIXES = {
        "Street", "Road", "Lane", "Avenue", "Way", "Place", "Terrace", "Close", "Row", "Walk", "Hill", "Gardens"
    };

    private final List<Street> streets = new ArrayList<>();
    private final List<Street> shoppingStreets = new ArrayList<>();
    private final Set<String> usedPostcodes = new HashSet<>();
    private final Map<String, String> uprnByPremises = new LinkedHashMap<>();
    private final Random random;
    private long nextUprn = 100_071_000_000L;

    final Site marketHall;
    final Site industrialEstate;
    final Site businessPark;
    final Street broadway;
    /** Every market hall, estate and business park of the area: the sample town's one of each, first. */
    final List<Site> marketHalls = new ArrayList<>();
    final List<Site> industrialEstates = new ArrayList<>();
    final List<Site> businessParks = new ArrayList<>();

    TownModel(Random random) {
        this(random, 1);
    }

    /**
     * @param scale how many times the sample town's districts the area has: 1 for the sample's 3,000 businesses; a
     *              benchmark area of 600,000 needs far more, or every address would hold dozens of businesses and the
     *              candidate pairs would grow with the square of its size, as no real area's do
     */
    TownModel(Random random, int scale) {
        this.random = random;
        // Named fixtures first so their postcodes are reserved before random streets are made.
        broadway = addStreet("The Broadway", 2, 60, true);
        addStreet("High Street", 1, 180, true);
        addStreet("Market Street", 1, 90, true);
        addStreet("Station Road", 1, 150, true);
        addStreet("Church Street", 3, 80, true);
        addStreet("The Parade", 5, 24, true);
        addStreet("Millbrook Road", 7, 120, true);
        addStreet("Hatherley High Street", 8, 70, true);
        marketHall = new Site("Brackford Market Hall", "Market Street", null, TOWN, reservePostcode(1));
        industrialEstate = new Site("Riverside Industrial Estate", "Mill Lane", null, NEIGHBOUR_TOWN,
                reservePostcode(10));
        businessPark = new Site("Foundry Business Park", "Foundry Road", "Southmead", TOWN, reservePostcode(4));
        marketHalls.add(marketHall);
        industrialEstates.add(industrialEstate);
        businessParks.add(businessPark);
        // a bigger benchmark area has a hall, an estate and a park for each town-sized group of districts, not one
        // hall with thousands of stalls under a single postcode
        for (int copy = 1; copy < scale; copy++) {
            int district = 11 * copy + 1;
            String stem = STREET_STEMS[(copy - 1) % STREET_STEMS.length];
            String locality = DISTRICT_LOCALITY[2 + district % 10];
            marketHalls.add(new Site(stem + " Market Hall", "Market Street", locality, TOWN,
                    reservePostcode(district)));
            industrialEstates.add(new Site(stem + " Industrial Estate", stem + " Lane", locality, TOWN,
                    reservePostcode(district + 5)));
            businessParks.add(new Site(stem + " Business Park", stem + " Road", locality, TOWN,
                    reservePostcode(district + 3)));
        }
        // a bigger benchmark town gets more districts, not fuller streets, as a bigger area has (see outward())
        for (int district = 1; district <= 11 * scale; district++) {
            int count = district <= 2 ? 16 : 10;
            for (int i = 0; i < count; i++) {
                String name = STREET_STEMS[random.nextInt(STREET_STEMS.length)] + " "
                        + STREET_SUFFIXES[random.nextInt(STREET_SUFFIXES.length)];
                if (streetExists(name, district)) {
                    continue;
                }
                boolean shopping = random.nextInt(4) == 0;
                addStreet(name, district, 20 + random.nextInt(shopping ? 160 : 90), shopping);
            }
        }
    }

    List<Street> streets() {
        return streets;
    }

    List<Street> shoppingStreets() {
        return shoppingStreets;
    }

    /**
     * An address on a random street, numbered within that street's range, not yet given to another business:
     * drawing numbers with replacement would put several unrelated active businesses at one door with no unit
     * to tell them apart, which real registers rarely show. Shared premises are made on purpose elsewhere
     * (flats above shops, market stalls, a successor company in its predecessor's shop).
     */
    Address streetAddress(boolean shopping) {
        List<Street> pool = shopping ? shoppingStreets : streets;
        for (int attempt = 0; ; attempt++) {
            Street street = pool.get(random.nextInt(pool.size()));
            int number = 1 + random.nextInt(street.maxNumber());
            // after many collisions the streets are crowded: use a lettered number ("12A"), as towns do, and in a
            // benchmark-sized town whose streets are full, share an address after all
            String house = attempt < 50 ? Integer.toString(number)
                    : number + Character.toString((char) ('A' + attempt % 26));
            if (usedStreetAddresses.add(house + "|" + street.name() + "|" + street.outward()) || attempt >= 100) {
                return numbered(street, house, number, null);
            }
        }
    }

    /**
     * A shop of a parade, taken so that {@link #streetAddress} gives it to no other business; null when a business
     * (a chain's branch) already trades there. Parade shops were once given out twice: two unrelated businesses at
     * one door with no unit to tell them apart, 31 of them in the sample partnership.
     */
    Address paradeShop(Street street, int number) {
        String house = Integer.toString(number);
        if (!usedStreetAddresses.add(house + "|" + street.name() + "|" + street.outward())) {
            return null;
        }
        return numbered(street, house, number, null);
    }

    Address numbered(Street street, String houseNumber, int number, String building) {
        String key = building + "|" + houseNumber + "|" + street.name() + "|" + street.outward();
        return new Address(building, houseNumber, street.name(), street.locality(), street.town(),
                street.postcodeFor(number), uprnFor(key));
    }

    /** A stall, unit or suite on a named site; every occupant shares the site's postcode. */
    Address onSite(Site site, String building) {
        String key = building + "|" + site.siteName();
        return new Address(building + ", " + site.siteName(), null, site.street(), site.locality(), site.town(),
                site.postcode(), uprnFor(key));
    }

    private final java.util.Set<String> usedStreetAddresses = new java.util.HashSet<>();

    /** UPRNs are per self-contained unit, so "Flat A, 12 X Road" and "12 X Road" differ. */
    String uprnFor(String premisesKey) {
        return uprnByPremises.computeIfAbsent(premisesKey, k -> nextUprn());
    }

    private String nextUprn() {
        nextUprn += 1 + random.nextInt(40);
        return Long.toString(nextUprn);
    }

    private boolean streetExists(String name, int district) {
        for (Street s : streets) {
            if (s.name().equals(name) && s.outward().equals(outward(district))) {
                return true;
            }
        }
        return false;
    }

    private Street addStreet(String name, int district, int maxNumber, boolean shopping) {
        int units = 1 + maxNumber / 60;
        List<String> postcodes = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            postcodes.add(reservePostcode(district));
        }
        String town = district >= 10 && district <= 11 ? NEIGHBOUR_TOWN : TOWN;
        Street street = new Street(name, DISTRICT_LOCALITY[district <= 11 ? district : 2 + district % 10], town,
                outward(district), maxNumber,
                List.copyOf(postcodes), shopping);
        streets.add(street);
        if (shopping) {
            shoppingStreets.add(street);
        }
        return street;
    }

    /**
     * The outward code of a district: BK1 to BK11 for the sample town; beyond, for benchmark-sized areas, QA1 to
     * QZ99. No real postcode area starts with Q, so no real premises are implied.
     */
    static String outward(int district) {
        if (district <= 11) {
            return "BK" + district;
        }
        int n = district - 12;
        return "Q" + (char) ('A' + (n / 99) % 26) + (1 + n % 99);
    }

    private String reservePostcode(int district) {
        while (true) {
            String postcode = outward(district) + " " + (1 + random.nextInt(9))
                    + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                    + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
            if (usedPostcodes.add(postcode)) {
                return postcode;
            }
        }
    }
}
