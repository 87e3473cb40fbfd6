package org.crosscheck.linkage.standardise;

import java.util.List;

/**
 * Reads the kind of business an agency wrote ("HOT FOOD TAKEAWAY AND PREMISES", "56103 - Take-away food shops",
 * "Late Night Refreshment", "Nail bar") as the trades it may be, a set of bits. Each agency has its own words for
 * it, so a record says "which trades could this be", and two records whose sets share none are two kinds of
 * business: a café and the warehouse behind it, a barber's and the flat above a garage.
 *
 * <p>Where a word admits several trades the set holds them all: a "shop" to the fire service or the rates may sell
 * goods, food or haircuts; a pub serves food; a hotel has a bar; a bakery or food maker may sell over the counter;
 * a workshop may mend cars. Offices, agencies and catch-alls ("Other catering premises") could be anything and
 * say nothing (0). The first rule whose words the text holds decides, so "nail bar" is care, not drink.
 * Stateless, thread-safe, never throws.
 */
public final class Trades {
    /** Cafés, restaurants, takeaways: food served. */
    public static final int FOOD = 1;
    /** Pubs, bars, clubs. */
    public static final int DRINK = 1 << 1;
    /** Hotels, guest houses, B&amp;Bs. */
    public static final int STAY = 1 << 2;
    /** Shops selling goods, off-licences among them. */
    public static final int RETAIL = 1 << 3;
    /** Hair, nails, beauty. */
    public static final int CARE = 1 << 4;
    /** Car washes, garages, vehicle repair. */
    public static final int VEHICLE = 1 << 5;
    /** Factories, warehouses, workshops, food makers. */
    public static final int WORKS = 1 << 6;

    private record Rule(List<String> phrases, int trades) {
    }

    private static Rule rule(int trades, String... phrases) {
        return new Rule(List.of(phrases), trades);
    }

    /** In order: more particular words first. */
    private static final List<Rule> RULES = List.of(
            rule(0, "other catering", "office", "offices", "recruitment", "employment"),
            rule(CARE, "nail", "nails", "hair", "hairdresser", "hairdressing", "barber", "barbers", "beauty",
                    "salon"),
            rule(VEHICLE, "car wash", "vehicle", "vehicles", "garage", "motor", "motors", "mot"),
            rule(WORKS | VEHICLE, "workshop"),
            rule(FOOD | RETAIL | WORKS, "bakery", "bakers", "baker"),
            rule(WORKS | RETAIL, "manufacturer", "manufacturers", "manufacture", "manufacturing", "packers"),
            rule(WORKS, "factory", "warehouse", "warehousing", "distribution", "distributors", "transporters",
                    "storage", "industrial"),
            // the rates' "STORE AND PREMISES" is a store room or depot, not a shop
            rule(WORKS | RETAIL, "store and premises", "stores and premises"),
            rule(STAY | FOOD | DRINK, "hotel", "hotels", "guest house", "bed breakfast", "b b", "bb", "hostel"),
            // a late-night licence covers hot drinks too: a convenience store's coffee machine needs one
            rule(FOOD | RETAIL, "late night refreshment"),
            rule(FOOD, "hot food", "takeaway", "take away", "cafe", "cafes", "canteen", "caterer", "caterers",
                    "sandwich", "kebab", "pizza"),
            rule(FOOD | DRINK, "restaurant", "restaurants"),
            rule(DRINK | FOOD, "pub", "public house", "bar", "bars", "nightclub", "club"),
            rule(RETAIL, "off licence", "off license", "convenience", "grocer", "grocers", "butcher", "butchers",
                    "vape", "clothing", "mobile phone", "retailers", "retail sale", "supermarket",
                    "newsagent", "store", "stores"),
            rule(RETAIL | CARE | FOOD, "shop", "shops"));

    private Trades() {
    }

    /** The trades {@code rawType} may be, as bits; 0 when it is missing or says nothing of the trade. */
    public static int of(String rawType) {
        if (rawType == null) {
            return 0;
        }
        String words = " " + Text.toWords(Text.fold(rawType)) + " ";
        if (words.isBlank()) {
            return 0;
        }
        int sic = leadingSicCode(words);
        if (sic >= 0) {
            return ofSicCode(sic);
        }
        for (Rule rule : RULES) {
            for (String phrase : rule.phrases()) {
                if (words.contains(" " + phrase + " ")) {
                    return rule.trades();
                }
            }
        }
        return 0;
    }

    /** The five-digit SIC 2007 code a Companies House extract puts first ("56103 - Take-away food shops"), or -1. */
    private static int leadingSicCode(String words) {
        // words is " " + the words + " "
        if (words.length() < 7 || words.charAt(6) != ' ') {
            return -1;
        }
        for (int i = 1; i <= 5; i++) {
            if (words.charAt(i) < '0' || words.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(words.substring(1, 6));
    }

    /**
     * The trades of a SIC 2007 code, by its division and, where the division mixes trades, its class: a real
     * extract holds hundreds of codes, so they are read by the classification's own structure rather than listed.
     */
    static int ofSicCode(int code) {
        int division = code / 1000;
        int group = code / 100;
        if (division == 10 || division == 11) {
            // food and drink makers: a bakery (10710) sells over its own counter
            return WORKS | RETAIL;
        }
        if (division >= 12 && division <= 33) {
            return WORKS;
        }
        if (division == 45) {
            return VEHICLE;
        }
        if (division == 46) {
            return WORKS | RETAIL;
        }
        if (division == 47) {
            return RETAIL;
        }
        if (division >= 49 && division <= 53) {
            return WORKS;
        }
        if (division == 55) {
            return STAY | FOOD | DRINK;
        }
        if (group == 561) {
            // 56101 licensed restaurants, 56102 unlicensed, 56103 take-aways
            return code == 56103 ? FOOD : FOOD | DRINK;
        }
        if (division == 56) {
            return group == 563 ? DRINK | FOOD : FOOD;
        }
        if (group == 960) {
            return code / 10 == 9602 ? CARE : 0;
        }
        return 0;
    }
}
