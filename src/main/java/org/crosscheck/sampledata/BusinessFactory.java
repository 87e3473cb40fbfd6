package org.crosscheck.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes the town's true businesses, with the hard cases real partnerships meet: market stalls and
 * industrial units sharing a postcode, shops with something upstairs, chain branches that are different
 * businesses, owners running several businesses on one mobile, and companies dissolved and replaced by a
 * "(2019) Ltd" successor at the same premises. Not thread-safe; one instance per generation run.
 */
final class BusinessFactory {

    /** The true population and how its members are related. */
    record Population(TownModel town, List<Business> businesses, List<Association> associations) {
    }

    private static final String[] MALE = {
        "Mohammed", "Ahmed", "Ali", "Imran", "Tariq", "Hassan", "Omar", "Yusuf", "Ravi", "Sanjay", "Raj", "Vikram",
        "Deepak", "Mehmet", "Emre", "Kemal", "Tomasz", "Piotr", "Marek", "Andrei", "Mihai", "Minh", "Wei", "John",
        "David", "Michael", "Paul", "Mark", "James", "Gary", "Lee", "Dean", "Stephen", "Chris", "Gareth", "Kwame",
        "Chidi", "Tunde", "Nikos", "José", "Luca", "Hamza", "Bilal", "Arjun"
    };
    private static final String[] FEMALE = {
        "Priya", "Anita", "Ayse", "Agnieszka", "Katarzyna", "Elena", "Linh", "Mei", "Sarah", "Emma", "Claire",
        "Karen", "Susan", "Kelly", "Nicola", "Joanne", "Siobhan", "Aoife", "Ngozi", "Maria", "Zoë", "Renée",
        "Fatima", "Aisha", "Hui", "Thuy", "Gemma", "Lisa"
    };
    private static final String[] SURNAMES = {
        "Khan", "Ahmed", "Hussain", "Ali", "Patel", "Shah", "Singh", "Kaur", "Sharma", "Begum", "Rahman", "Uddin",
        "Yilmaz", "Kaya", "Demir", "Celik", "Nowak", "Kowalski", "Wojcik", "Kaminski", "Popescu", "Ionescu",
        "Nguyen", "Tran", "Chen", "Wang", "Zhang", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
        "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Wood", "Jackson", "Clarke", "O'Brien", "Murphy", "Kelly", "McDonald", "Campbell", "Okafor",
        "Mensah", "Adeyemi", "Papadopoulos", "Georgiou", "Rossi", "Russo", "Costa", "Silva", "Santos", "Mahmood",
        "Iqbal", "Akhtar", "Chowdhury", "Miah", "Gill", "Sandhu", "Aziz"
    };
    private static final String[] ADJECTIVES = {
        "Golden", "Royal", "Star", "Happy", "Fresh", "Best", "Sunny", "Lucky", "Crown", "Central", "Village",
        "Corner", "Express", "Silver", "Diamond", "Premier", "Classic", "Oriental", "Tasty", "Red", "Blue", "Elite"
    };
    private static final String[] PLACES = {
        "Brackford", "Broadway", "Millbrook", "Station", "Market", "Victoria", "Village", "Riverside", "Hatherley",
        "Northgate", "Eastfield", "Parkside", "Castle", "Bridge"
    };
    private static final String[] ITALIAN = {"Roma", "Napoli", "Milano", "Italia", "Venezia", "Sicilia"};
    private static final String[] ANIMALS = {"Lion", "Cow", "Bull", "Dragon", "Fox", "Hart"};
    private static final String[] COMPANY_WORDS = {
        "Foods", "Retail", "Enterprises", "Trading", "Holdings", "Services", "Group", "Ventures", "Catering"
    };
    private static final String[] UPSTAIRS = {"First Floor", "Unit 2", "Rear of", "Basement", "Ground Floor", "Unit 1"};
    private static final String[] FLATS = {"Flat A", "Flat B", "Flat 1", "Flat 2", "Flat 3"};

    /** Brands with branches in town; each branch is its own business run by its own franchisee. */
    private static final Object[][] CHAINS = {
        {"Costcutter", BusinessType.CONVENIENCE}, {"Chicken Cottage", BusinessType.TAKEAWAY},
        {"Subway", BusinessType.TAKEAWAY}, {"Greggs", BusinessType.BAKERY}, {"Londis", BusinessType.CONVENIENCE},
        {"Domino's Pizza", BusinessType.TAKEAWAY}
    };
    private static final BusinessType[] STALL_TYPES = {
        BusinessType.CAFE, BusinessType.GROCER, BusinessType.BUTCHER, BusinessType.CLOTHING,
        BusinessType.PHONE_REPAIR, BusinessType.BAKERY, BusinessType.VAPE_SHOP, BusinessType.TAKEAWAY
    };
    private static final BusinessType[] ESTATE_TYPES = {
        BusinessType.GARAGE, BusinessType.WAREHOUSE, BusinessType.FOOD_FACTORY, BusinessType.HAND_CAR_WASH,
        BusinessType.RECRUITMENT, BusinessType.WAREHOUSE, BusinessType.GARAGE
    };
    private static final BusinessType[] HOME_TYPES = {
        BusinessType.OFFICE, BusinessType.HAIRDRESSER, BusinessType.RECRUITMENT, BusinessType.NAIL_BAR
    };

    private final Random random;
    private final TownModel town;
    private final PhoneFormats.Pool phones;
    private final List<Business> businesses = new ArrayList<>();
    private final Map<String, List<Business>> byOwner = new LinkedHashMap<>();
    private final List<Owner> multiOwnerCandidates = new ArrayList<>();
    private final List<String[]> successorPairs = new ArrayList<>();
    /** The floors above or behind a business already given to another ("Rear of|12|High Street|BK1 1AA"). */
    private final Set<String> unitsAbove = new HashSet<>();
    private final Set<String> companyNumbers = new HashSet<>();
    private final Set<String> registeredStems = new HashSet<>();
    private final int totalWeight;
    private int ownerCount;

    BusinessFactory(Random random) {
        this(random, 1);
    }

    /** A factory whose town has {@code townScale} times the sample town's streets (see {@link TownModel}). */
    BusinessFactory(Random random, int townScale) {
        this.random = random;
        this.town = new TownModel(random, townScale);
        this.phones = new PhoneFormats.Pool(random, townScale == 1);
        int sum = 0;
        for (BusinessType type : BusinessType.values()) {
            sum += type.weight();
        }
        this.totalWeight = sum;
    }

    /** The town size that keeps about as many businesses per street as the 3,000-business sample town has. */
    static int townScaleFor(int businessCount) {
        return Math.max(1, businessCount / SamplePartnership.DEFAULT_BUSINESS_COUNT);
    }

    /** Makes exactly {@code count} businesses (dissolved predecessors included) and their associations. */
    Population create(int count) {
        int stalls = Math.max(10, count / 75);
        int estateUnits = Math.max(8, count / 50);
        int parkSuites = Math.max(5, count / 100);
        int branches = Math.max(2, count / 600);
        for (int i = 1; i <= stalls && businesses.size() < count; i++) {
            BusinessType type = STALL_TYPES[random.nextInt(STALL_TYPES.length)];
            add(null, type, onSite(town.marketHalls, "Stall ", i), 10);
        }
        for (int i = 1; i <= estateUnits && businesses.size() < count; i++) {
            add(null, ESTATE_TYPES[random.nextInt(ESTATE_TYPES.length)], onSite(town.industrialEstates, "Unit ", i),
                    75);
        }
        for (int i = 1; i <= parkSuites && businesses.size() < count; i++) {
            BusinessType type = random.nextBoolean() ? BusinessType.OFFICE : BusinessType.RECRUITMENT;
            add(null, type, onSite(town.businessParks, "Suite ", i), 70);
        }
        for (Object[] chain : CHAINS) {
            for (int i = 0; i < branches && businesses.size() < count; i++) {
                add((String) chain[0], (BusinessType) chain[1], town.streetAddress(true), 100);
            }
        }
        // The Broadway is a parade: every shop is taken, each with a flat above that housing may license.
        int parade = Math.min(town.broadway.maxNumber(), Math.max(10, count / 60));
        for (int number = 1; number <= parade && businesses.size() < count; number++) {
            Address address = town.paradeShop(town.broadway, number);
            if (address == null) {
                continue;
            }
            add(null, randomType(), address, 50);
        }
        while (businesses.size() < count) {
            int roll = random.nextInt(100);
            if (roll < 6 && !businesses.isEmpty()) {
                addUpstairsOrBehind();
            } else if (roll < 14) {
                Address home = town.streetAddress(false);
                add(null, HOME_TYPES[random.nextInt(HOME_TYPES.length)],
                        home.withBuilding(FLATS[random.nextInt(FLATS.length)], town.uprnFor("home|" + home.uprn()
                                + "|" + businesses.size())), 30);
            } else if (roll < 17 && count - businesses.size() >= 2) {
                addDissolvedAndReplaced();
            } else {
                add(null, randomType(), town.streetAddress(random.nextInt(3) != 0), 35);
            }
        }
        return new Population(town, List.copyOf(businesses), associations());
    }

    /** The {@code i}th (from 1) place of a kind, dealt round the area's sites of that kind and numbered on each. */
    private Address onSite(List<TownModel.Site> sites, String label, int i) {
        return town.onSite(sites.get((i - 1) % sites.size()), label + (1 + (i - 1) / sites.size()));
    }

    /** One ordinary business on a random street that is not kept, for rows streamed to a benchmark file. */
    Business standalone(String id) {
        BusinessType type = randomType();
        Owner owner = ownerFor();
        String trading = tradingName(type, owner);
        String companyNumber = random.nextBoolean() ? newCompanyNumber() : null;
        String legal = companyNumber != null ? legalName(trading, owner, companyNumber) : owner.fullName();
        return new Business(id, trading, legal, companyNumber, type, town.streetAddress(random.nextInt(3) != 0),
                owner, maybeLandline(), maybeEmail(trading), null, null, false);
    }

    private void addUpstairsOrBehind() {
        Business host = businesses.get(random.nextInt(businesses.size()));
        Address base = host.address();
        if (base.houseNumber() == null || base.building() != null) {
            add(null, randomType(), town.streetAddress(true), 50);
            return;
        }
        String building = UPSTAIRS[random.nextInt(UPSTAIRS.length)];
        String unit = building + "|" + base.houseNumber() + "|" + base.street() + "|" + base.postcode();
        if (!unitsAbove.add(unit)) {
            // another business already has that floor: two at one door is what real registers rarely show
            add(null, randomType(), town.streetAddress(true), 50);
            return;
        }
        Address upstairs = base.withBuilding(building, town.uprnFor(unit));
        BusinessType type = random.nextBoolean() ? BusinessType.NAIL_BAR : randomType();
        add(null, type, upstairs, 50);
    }

    /**
     * "X Ltd" dissolved, then "X (2019) Ltd" opened at the same premises by the same director with a new
     * company number: two legal entities, so two true businesses, associated as SUCCESSOR_COMPANY.
     */
    private void addDissolvedAndReplaced() {
        BusinessType type = randomType();
        Address address = town.streetAddress(true);
        Owner owner = ownerFor();
        String trading = tradingName(type, owner);
        String base = random.nextBoolean() ? trading : owner.last() + " " + pick(COMPANY_WORDS);
        int oldYear = 2010 + random.nextInt(7);
        int newYear = oldYear + 2 + random.nextInt(5);
        String suffix = random.nextBoolean() ? " Ltd" : " Limited";
        base = registrable(base);
        String successorStem = registrable(base + " (" + newYear + ")");
        Business old = new Business(nextId(), trading, base + suffix, newCompanyNumber(), type, address, owner,
                maybeLandline(), null, null, LocalDate.of(oldYear, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                true);
        register(old);
        Business successor = new Business(nextId(), trading, successorStem + suffix,
                newCompanyNumber(), type, address, owner, maybeLandline(), maybeEmail(trading), null,
                LocalDate.of(newYear, 1 + random.nextInt(12), 1 + random.nextInt(28)), false);
        register(successor);
        successorPairs.add(new String[] {old.id(), successor.id()});
    }

    private void add(String chain, BusinessType type, Address address, int companyPercent) {
        Owner owner = ownerFor();
        String trading = chain != null ? chain : tradingName(type, owner);
        boolean company = chain != null || random.nextInt(100) < companyPercent;
        String companyNumber = company ? newCompanyNumber() : null;
        String legal = company ? legalName(trading, owner, companyNumber) : owner.fullName();
        LocalDate incorporated = company
                ? LocalDate.of(2004 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
        register(new Business(nextId(), trading, legal, companyNumber, type, address, owner, maybeLandline(),
                maybeEmail(trading), chain, incorporated, false));
    }

    private void register(Business business) {
        businesses.add(business);
        List<Business> owned = byOwner.computeIfAbsent(business.owner().id(), k -> new ArrayList<>());
        owned.add(business);
        if (owned.size() == 1 && random.nextInt(100) < 9) {
            multiOwnerCandidates.add(business.owner());
        }
    }

    /** Most owners run one business; about one in eleven runs two to four. */
    private Owner ownerFor() {
        if (!multiOwnerCandidates.isEmpty() && random.nextInt(100) < 8) {
            Owner owner = multiOwnerCandidates.get(random.nextInt(multiOwnerCandidates.size()));
            if (byOwner.get(owner.id()).size() >= 3) {
                multiOwnerCandidates.remove(owner);
            }
            return owner;
        }
        boolean male = random.nextInt(100) < 62;
        String first = male ? pick(MALE) : pick(FEMALE);
        String title = male ? "Mr" : new String[] {"Mrs", "Ms", "Miss"}[random.nextInt(3)];
        String mobile = random.nextInt(100) < 35 ? phones.nextMobile() : null;
        ownerCount++;
        return new Owner(String.format("P%05d", ownerCount), title, first, pick(SURNAMES), mobile);
    }

    private String tradingName(BusinessType type, Owner owner) {
        String template = type.nameTemplates().get(random.nextInt(type.nameTemplates().size()));
        return template.replace("{A}", pick(ADJECTIVES)).replace("{F}", owner.first()).replace("{S}", owner.last())
                .replace("{T}", pick(PLACES)).replace("{I}", pick(ITALIAN)).replace("{P}", pick(ANIMALS));
    }

    private String legalName(String trading, Owner owner, String companyNumber) {
        String suffix = companyNumber.startsWith("OC") ? " LLP" : random.nextBoolean() ? " Ltd" : " Limited";
        int roll = random.nextInt(10);
        String stem;
        if (roll < 4) {
            stem = trading.replace("'s", "s");
        } else if (roll < 7) {
            stem = owner.last() + " " + pick(COMPANY_WORDS);
        } else if (roll < 14) {
            stem = "" + owner.first().charAt(0) + owner.last().charAt(0) + " " + pick(COMPANY_WORDS);
        } else {
            stem = owner.last() + " & " + pick(SURNAMES);
        }
        return registrable(stem) + suffix;
    }

    private static final String[] NAME_QUALIFIERS = {
        "UK", "(Brackford)", "(North)", "(South)", "Trading", "Holdings", "Services", "International", "(East)",
        "(West)", "Direct", "Solutions"
    };

    /**
     * A company name stem not yet registered, as Companies House requires (Ltd and Limited count as the same
     * name): the stem itself, or it with a qualifier as applicants add one ("Jackson Group UK Ltd"). Until names
     * were drawn so, 153 of the sample's 1,219 company names were held by two companies.
     */
    private String registrable(String stem) {
        String candidate = stem;
        for (int attempt = 0; !registeredStems.add(candidate.toUpperCase(java.util.Locale.ROOT)); attempt++) {
            int pick = random.nextInt(NAME_QUALIFIERS.length);
            // a qualifier the name already has ("KS Trading" + "Trading") is passed over for the next one
            String qualifier = NAME_QUALIFIERS[pick];
            for (int k = 1; k < NAME_QUALIFIERS.length && containsWord(stem, qualifier); k++) {
                qualifier = NAME_QUALIFIERS[(pick + k) % NAME_QUALIFIERS.length];
            }
            candidate = stem + " " + qualifier + (attempt < 20 ? "" : " " + (attempt - 18));
        }
        return candidate;
    }

    private static boolean containsWord(String name, String word) {
        return (" " + name.toUpperCase(java.util.Locale.ROOT) + " ").contains(" " + word.toUpperCase(java.util.Locale.ROOT)
                + " ");
    }

    private String newCompanyNumber() {
        while (true) {
            int roll = random.nextInt(100);
            String number;
            if (roll < 4) {
                number = String.format("SC%06d", 100_000 + random.nextInt(700_000));
            } else if (roll < 6) {
                number = String.format("NI%06d", 600_000 + random.nextInt(99_999));
            } else if (roll < 8) {
                number = String.format("OC%06d", 300_000 + random.nextInt(150_000));
            } else if (roll < 30) {
                number = String.format("%08d", 4_000_000 + random.nextInt(5_000_000));
            } else {
                number = String.format("%08d", 10_000_000 + random.nextInt(5_900_000));
            }
            if (companyNumbers.add(number)) {
                return number;
            }
        }
    }

    private String maybeLandline() {
        return random.nextInt(100) < 40 ? phones.nextLandline() : null;
    }

    /** Addresses use the reserved example.* domains so no real mailbox is named. */
    private String maybeEmail(String trading) {
        if (random.nextInt(100) >= 30) {
            return null;
        }
        String slug = trading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String[] domains = {"example.com", "example.org", "example.net"};
        return (slug.isEmpty() ? "info" : slug) + (random.nextBoolean() ? "" : random.nextInt(99)) + "@"
                + domains[random.nextInt(domains.length)];
    }

    private BusinessType randomType() {
        int roll = random.nextInt(totalWeight);
        for (BusinessType type : BusinessType.values()) {
            roll -= type.weight();
            if (roll < 0) {
                return type;
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private String nextId() {
        return String.format("B%05d", businesses.size() + 1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private List<Association> associations() {
        List<Association> result = new ArrayList<>();
        Set<String> successors = new HashSet<>();
        for (String[] pair : successorPairs) {
            result.add(new Association(pair[0], pair[1], "SUCCESSOR_COMPANY"));
            successors.add(pair[0] + "|" + pair[1]);
        }
        for (List<Business> owned : byOwner.values()) {
            for (int i = 0; i < owned.size(); i++) {
                for (int j = i + 1; j < owned.size(); j++) {
                    Business a = owned.get(i);
                    Business b = owned.get(j);
                    if (successors.contains(a.id() + "|" + b.id())) {
                        continue;
                    }
                    boolean related = false;
                    if (a.owner().mobile() != null) {
                        result.add(new Association(a.id(), b.id(), "SAME_OWNER_MOBILE"));
                        related = true;
                    }
                    if (a.isCompany() && b.isCompany()) {
                        result.add(new Association(a.id(), b.id(), "SAME_DIRECTOR"));
                        related = true;
                    }
                    if (!related) {
                        result.add(new Association(a.id(), b.id(), "SAME_OWNER"));
                    }
                }
            }
        }
        result.sort((x, y) -> (x.businessA() + x.businessB() + x.kind())
                .compareTo(y.businessA() + y.businessB() + y.kind()));
        return result;
    }
}
