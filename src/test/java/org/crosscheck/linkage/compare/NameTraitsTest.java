package org.crosscheck.linkage.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.crosscheck.linkage.StdRecord;
import org.crosscheck.linkage.TestRecords;
import org.junit.jupiter.api.Test;

class NameTraitsTest {

    @Test
    void eachNameIsReadOnceForWhatThePairsAskOfIt() {
        NameTraits traits = NameTraits.of(List.of("blue spice 2018", "blue spice"), List.of("santos 2 catering"));

        assertEquals(2, traits.withoutNumbers().length);
        assertEquals("blue spice", traits.withoutNumbers()[0]);
        assertEquals(Similarity.characters("blue spice 2018"), traits.characters(0));
        assertEquals(Similarity.allCharacters("blue spice"), traits.allCharacters(1));
        assertEquals("santos catering", traits.registeredStems()[0]);
    }

    @Test
    void recordsOfEqualValuesStayEqual() {
        StdRecord a = TestRecords.record(1, 1, "kings head", "12", "high street", "BK1 1AA", null);
        StdRecord b = TestRecords.record(1, 1, "kings head", "12", "high street", "BK1 1AA", null);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    /** The bound given the traits' character sets is the bound that works them out, so levels cannot change. */
    @Property(tries = 2000)
    void theLooseBoundFromTheTraitsIsTheLooseBound(
            @ForAll @Chars({'a', 'b', 'q', '1', ' ', '`'}) @StringLength(max = 10) String a,
            @ForAll @Chars({'a', 'b', 'q', '1', ' ', '`'}) @StringLength(max = 10) String b) {
        NameTraits ta = NameTraits.of(List.of(a), List.of());
        NameTraits tb = NameTraits.of(List.of(b), List.of());

        assertEquals(Similarity.looseJaroWinklerUpperBound(a, b),
                Similarity.looseJaroWinklerUpperBound(a, b, ta.allCharacters(0), tb.allCharacters(0)), 0.0);
    }

    /** With the traits, the best similarity is the best of every pair of names whenever it reaches the floor. */
    @Property(tries = 2000)
    void theBestSimilarityFromTheTraitsIsTheBestSimilarity(
            @ForAll @Size(min = 1, max = 3) List<@Chars({'a', 'b', 'r', ' ', '2'}) @StringLength(min = 1, max = 8) String> as,
            @ForAll @Size(min = 1, max = 3) List<@Chars({'a', 'b', 'r', ' ', '2'}) @StringLength(min = 1, max = 8) String> bs) {
        double everyPair = Similarity.bestJaroWinkler(as, bs);
        double withTraits = Similarity.bestJaroWinkler(as, NameTraits.of(as, List.of()), bs,
                NameTraits.of(bs, List.of()), 0.8);

        if (everyPair >= 0.8) {
            assertEquals(everyPair, withTraits, 0.0);
        } else {
            assertTrue(withTraits < 0.8, () -> withTraits + " from the traits, " + everyPair + " from every pair");
        }
    }
}
