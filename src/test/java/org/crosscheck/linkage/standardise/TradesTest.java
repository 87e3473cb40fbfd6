package org.crosscheck.linkage.standardise;

import static org.crosscheck.linkage.standardise.Trades.CARE;
import static org.crosscheck.linkage.standardise.Trades.DRINK;
import static org.crosscheck.linkage.standardise.Trades.FOOD;
import static org.crosscheck.linkage.standardise.Trades.RETAIL;
import static org.crosscheck.linkage.standardise.Trades.STAY;
import static org.crosscheck.linkage.standardise.Trades.VEHICLE;
import static org.crosscheck.linkage.standardise.Trades.WORKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TradesTest {

    @Test
    void eachAgencysWordsForATakeawayAreFoodService() {
        assertEquals(FOOD, Trades.of("Takeaway/sandwich shop"));
        assertEquals(FOOD, Trades.of("HOT FOOD TAKEAWAY AND PREMISES"));
        assertEquals(FOOD, Trades.of("56103 - Take-away food shops and mobile food stands"));
        assertEquals(FOOD, Trades.of("Shop - hot food"));
        assertEquals(FOOD, Trades.of("Café"));
    }

    @Test
    void aWordThatAdmitsSeveralTradesKeepsThemAll() {
        assertEquals(RETAIL | CARE | FOOD, Trades.of("SHOP AND PREMISES"));
        assertEquals(STAY | FOOD | DRINK, Trades.of("Hotel/bed & breakfast/guest house"));
        assertEquals(WORKS | VEHICLE, Trades.of("WORKSHOP AND PREMISES"));
        assertEquals(FOOD | RETAIL, Trades.of("Late Night Refreshment"));
    }

    @Test
    void theMoreParticularWordDecides() {
        assertEquals(CARE, Trades.of("Nail bar"));
        assertEquals(RETAIL, Trades.of("Vape shop"));
        assertEquals(RETAIL, Trades.of("Off Licence"));
        assertEquals(VEHICLE, Trades.of("45200 - Maintenance and repair of motor vehicles"));
    }

    @Test
    void aCompaniesHouseTypeIsReadByItsSicCode() {
        assertEquals(FOOD | DRINK, Trades.of("56101 - Licensed restaurants"));
        assertEquals(FOOD, Trades.of("56103 - Take-away food shops and mobile food stands"));
        assertEquals(DRINK | FOOD, Trades.of("56302 - Public houses and bars"));
        assertEquals(CARE, Trades.of("96020 - Hairdressing and other beauty treatment"));
        assertEquals(WORKS | RETAIL, Trades.of("10710 - Manufacture of bread; fresh pastry goods and cakes"));
        assertEquals(WORKS, Trades.of("49410 - Freight transport by road"));
        assertEquals(0, Trades.of("68209 - Other letting and operating of own or leased real estate"));
        assertEquals(0, Trades.of("96090 - Other personal service activities n.e.c."));
    }

    @Test
    void theRatesStoreIsAStoreRoomNotAShop() {
        assertEquals(WORKS | RETAIL, Trades.of("STORE AND PREMISES"));
        assertEquals(RETAIL, Trades.of("Convenience store"));
    }

    @Test
    void anOfficeAnAgencyOrACatchAllSaysNothing() {
        assertEquals(0, Trades.of("OFFICES AND PREMISES"));
        assertEquals(0, Trades.of("Recruitment agency"));
        assertEquals(0, Trades.of("Other catering premises"));
        assertEquals(0, Trades.of(null));
        assertEquals(0, Trades.of("  "));
        assertEquals(0, Trades.of("american"));
    }

    @Test
    void aCafeAndAWarehouseShareNoTrade() {
        assertEquals(0, Trades.of("Restaurant/Cafe/Canteen") & Trades.of("WAREHOUSE AND PREMISES"));
        assertEquals(0, Trades.of("Barber") & Trades.of("Vehicle repair garage"));
        assertNotEquals(0, Trades.of("Pub/bar/nightclub") & Trades.of("RESTAURANT AND PREMISES"));
    }

    @Property(tries = 2000)
    void anyTextGivesKnownTradesAndNeverThrows(@ForAll String raw) {
        int trades = Trades.of(raw);
        assertTrue((trades & ~(FOOD | DRINK | STAY | RETAIL | CARE | VEHICLE | WORKS)) == 0);
    }
}
