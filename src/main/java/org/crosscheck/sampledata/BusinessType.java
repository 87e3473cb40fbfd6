package org.crosscheck.sampledata;

import java.util.List;

/**
 * Kinds of local business, with how often they occur and which agencies take an interest in them.
 * The flags drive coverage: food businesses register with environmental health, licensed ones with the
 * police, labour-heavy cash trades draw immigration, HMRC and the gangmasters' authority.
 */
enum BusinessType {
    TAKEAWAY("Takeaway", "Hot Food Takeaway and Premises", "Shop - hot food", 14,
            Flags.FOOD | Flags.LATE | Flags.CASH,
            List.of("{A} Fried Chicken", "{A} Kebab House", "{F}'s Pizza", "{A} Dragon", "Pizza {A}",
                    "{A} Grill", "The Chicken Shop", "{A} Fish Bar", "{S}'s Chippy", "{A} Balti")),
    RESTAURANT("Restaurant", "Restaurant and Premises", "Restaurant", 8, Flags.FOOD | Flags.LATE | Flags.CASH,
            List.of("{A} Spice", "The {A} Tandoori", "Bella {I}", "{A} Thai", "The {T} Brasserie", "{A} Garden")),
    CAFE("Café", "Cafe and Premises", "Shop - cafe", 9, Flags.FOOD,
            List.of("{F}'s Café", "The {T} Café", "{A} Cup", "Café {I}", "{T} Tea Rooms", "The Coffee Pot")),
    PUB("Public house", "Public House and Premises", "Public house", 5, Flags.FOOD | Flags.LICENSED,
            List.of("The {A} Lion", "The Red {P}", "The {T} Arms", "The Crown & Anchor", "The {A} Swan",
                    "The Railway Tavern", "The White Hart", "The Kings Head")),
    CONVENIENCE("Convenience store", "Shop and Premises", "Shop", 12, Flags.FOOD | Flags.LICENSED | Flags.CASH,
            List.of("{T} Convenience Store", "{A} Mini Market", "{S} Stores", "{T} Food & Wine",
                    "{A} Supermarket", "Corner Shop")),
    OFF_LICENCE("Off-licence", "Shop and Premises", "Shop", 3, Flags.LICENSED | Flags.CASH,
            List.of("{T} Wines", "{A} Off Licence", "{T} Food and Wine", "Booze {A}")),
    BARBER("Barber", "Shop and Premises", "Shop", 7, Flags.CASH,
            List.of("{F}'s Barbers", "{A} Cuts", "Turkish Barber {T}", "{A} Fade", "The Barber Shop")),
    NAIL_BAR("Nail bar", "Shop and Premises", "Shop", 5, Flags.CASH | Flags.LABOUR,
            List.of("{A} Nails", "Nails by {F}", "{T} Nail Spa", "Luxe Nails & Beauty")),
    HAND_CAR_WASH("Hand car wash", "Car Wash and Premises", "Vehicle repair/wash", 3, Flags.CASH | Flags.LABOUR,
            List.of("{A} Hand Car Wash", "{T} Car Valeting", "Sparkle Car Wash", "{S} Hand Car Wash")),
    HAIRDRESSER("Hairdresser", "Shop and Premises", "Shop", 6, 0,
            List.of("{F}'s Hair Studio", "{A} Hair", "Hair by {F}", "The {T} Salon")),
    PHONE_REPAIR("Mobile phone repair", "Shop and Premises", "Shop", 3, Flags.CASH,
            List.of("{A} Mobiles", "Phone Doctor {T}", "{T} Phone Repairs", "Fix My Phone")),
    VAPE_SHOP("Vape shop", "Shop and Premises", "Shop", 3, Flags.CASH,
            List.of("{A} Vapes", "Vape {T}", "Cloud Nine Vapes")),
    CLOTHING("Clothing shop", "Shop and Premises", "Shop", 5, 0,
            List.of("{F}'s Boutique", "{A} Fashions", "{T} Menswear", "Style {I}")),
    GARAGE("Vehicle repair garage", "Workshop and Premises", "Vehicle repair/wash", 4, Flags.LABOUR,
            List.of("{T} Motors", "{S} Autos", "{A} Tyres", "{T} MOT Centre")),
    BAKERY("Bakery", "Shop and Premises", "Shop", 3, Flags.FOOD,
            List.of("{S}'s Bakery", "The {T} Bakehouse", "{A} Bakes")),
    BUTCHER("Butcher", "Shop and Premises", "Shop", 2, Flags.FOOD | Flags.CASH,
            List.of("{S} Family Butchers", "{A} Halal Meat", "{T} Butchers")),
    GROCER("Grocer", "Shop and Premises", "Shop", 4, Flags.FOOD | Flags.CASH,
            List.of("{A} Continental Foods", "{T} Fruit & Veg", "{S} Polski Sklep", "{A} Asian Grocers")),
    PHARMACY("Pharmacy", "Shop and Premises", "Shop", 2, 0,
            List.of("{T} Pharmacy", "{S} Chemists")),
    HOTEL("Hotel / B&B", "Hotel and Premises", "Hotel/B&B", 2, Flags.FOOD | Flags.LICENSED | Flags.SLEEPING,
            List.of("The {T} Hotel", "{A} Guest House", "{T} Lodge")),
    FOOD_FACTORY("Food manufacturer", "Factory and Premises", "Factory/warehouse", 2, Flags.FOOD | Flags.LABOUR,
            List.of("{T} Food Products", "{A} Foods", "{S} Bakery Supplies")),
    WAREHOUSE("Warehouse / distribution", "Warehouse and Premises", "Factory/warehouse", 3, Flags.LABOUR,
            List.of("{T} Logistics", "{A} Distribution", "{S} Packaging")),
    RECRUITMENT("Recruitment agency", "Office and Premises", "Office", 2, Flags.LABOUR,
            List.of("{A} Staffing", "{T} Recruitment", "{S} Personnel")),
    OFFICE("Office", "Offices and Premises", "Office", 6, 0,
            List.of("{S} & Co Solicitors", "{T} Estate Agents", "{S} Accountants", "{A} Lettings")),
    TATTOO("Tattoo studio", "Shop and Premises", "Shop", 1, 0,
            List.of("{A} Ink", "{T} Tattoo Studio"));

    /** Bit flags, not an EnumSet, so the constant table above stays one line per type. */
    static final class Flags {
        static final int FOOD = 1;
        static final int LICENSED = 2;
        static final int LATE = 4;
        static final int CASH = 8;
        static final int LABOUR = 16;
        static final int SLEEPING = 32;

        private Flags() {
        }
    }

    private final String label;
    private final String ratesDescription;
    private final String fireOccupancy;
    private final int weight;
    private final int flags;
    private final List<String> nameTemplates;

    BusinessType(String label, String ratesDescription, String fireOccupancy, int weight, int flags,
                 List<String> nameTemplates) {
        this.label = label;
        this.ratesDescription = ratesDescription;
        this.fireOccupancy = fireOccupancy;
        this.weight = weight;
        this.flags = flags;
        this.nameTemplates = nameTemplates;
    }

    String label() {
        return label;
    }

    String ratesDescription() {
        return ratesDescription;
    }

    String fireOccupancy() {
        return fireOccupancy;
    }

    int weight() {
        return weight;
    }

    List<String> nameTemplates() {
        return nameTemplates;
    }

    boolean isFood() {
        return (flags & Flags.FOOD) != 0;
    }

    /** Sells alcohol or trades late at night, so holds a premises licence. */
    boolean isLicensed() {
        return (flags & (Flags.LICENSED | Flags.LATE)) != 0;
    }

    /** A cash-heavy trade that draws HMRC and immigration attention. */
    boolean isCashTrade() {
        return (flags & Flags.CASH) != 0;
    }

    /** Relies on low-paid or agency labour, the gangmasters' authority's interest. */
    boolean isLabourHeavy() {
        return (flags & Flags.LABOUR) != 0;
    }

    /** People sleep on the premises, which raises the fire risk. */
    boolean hasSleeping() {
        return (flags & Flags.SLEEPING) != 0;
    }
}
