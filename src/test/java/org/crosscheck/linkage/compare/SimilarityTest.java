package org.crosscheck.linkage.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {
    private static final JaroWinklerSimilarity COMMONS_TEXT = new JaroWinklerSimilarity();

    @ParameterizedTest
    @CsvSource(textBlock = """
        # a,                 b
        martha,              marhta
        dixon,               dicksonx
        the chicken shop,    chicken shop
        abc,                 xyz
        costcutter,          cost cutter
        a,                   a
        ab,                  ba
        """)
    void upperBoundIsNeverBelowTheSimilarity(String a, String b) {
        assertTrue(Similarity.jaroWinklerUpperBound(a, b) >= Similarity.jaroWinkler(a, b));
    }

    @Test
    void upperBoundHoldsForManyRandomNames() {
        // a small alphabet makes near-matches, transpositions and shared prefixes common
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            String a = randomName(random);
            String b = random.nextInt(3) == 0 ? mutated(a, random) : randomName(random);
            double bound = Similarity.jaroWinklerUpperBound(a, b);
            assertTrue(bound >= Similarity.jaroWinkler(a, b) - 1e-12, () -> a + " / " + b);
        }
    }

    @Test
    void bestWithAFloorGivesTheBestWhenItReachesTheFloor() {
        List<String> as = List.of("kings head", "the kings head pub");
        List<String> bs = List.of("kings heed", "red lion");
        assertEquals(Similarity.bestJaroWinkler(as, bs), Similarity.bestJaroWinkler(as, bs, 0.8));
    }

    @Test
    void bestWithAFloorStaysBelowTheFloorWhenTheBestDoes() {
        List<String> as = List.of("kings head");
        List<String> bs = List.of("zebra crossing");
        assertTrue(Similarity.bestJaroWinkler(as, bs) < 0.8);
        assertTrue(Similarity.bestJaroWinkler(as, bs, 0.8) < 0.8);
    }

    private static String randomName(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(14);
        for (int i = 0; i < length; i++) {
            sb.append("abcde fgh1".charAt(random.nextInt(10)));
        }
        return sb.toString();
    }

    private static String mutated(String s, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(s);
        int i = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
            case 0 -> sb.setCharAt(i, 'x');
            case 1 -> sb.insert(i, 'e');
            default -> {
                if (i + 1 < sb.length()) {
                    char c = sb.charAt(i);
                    sb.setCharAt(i, sb.charAt(i + 1));
                    sb.setCharAt(i + 1, c);
                }
            }
        }
        return sb.toString();
    }

    @Property(tries = 2000)
    void searchingWordsInPlaceAgreesWithComparingSetsOfWords(
            @ForAll @Chars({'a', 'b', ' ', '1'}) @StringLength(min = 1, max = 9) String a,
            @ForAll @Chars({'a', 'b', ' ', '1'}) @StringLength(min = 1, max = 9) String b) {
        assertEquals(Similarity.tokenOverlap(a, b) == 1.0, Similarity.oneNamesWordsAllInTheOther(a, b),
                () -> "'" + a + "' and '" + b + "'");
    }

    /** 'f' shares the bit of '&', and 'q' that of '1', in the character sets that reject most pairs early. */
    @Property(tries = 2000)
    void rejectingByCharactersAgreesWithComparingSetsOfWords(
            @ForAll @Chars({'a', 'f', '&', 'q', '1', ' ', '\t'}) @StringLength(min = 1, max = 12) String a,
            @ForAll @Chars({'a', 'f', '&', 'q', '1', ' ', '\t'}) @StringLength(min = 1, max = 12) String b) {
        assertEquals(Similarity.tokenOverlap(a, b) == 1.0, Similarity.oneNamesWordsAllInTheOther(a, b),
                () -> "'" + a + "' and '" + b + "'");
    }

    /** 'q' shares the bit of '1', so two strings can look as if they had characters in common that they have not. */
    @Property(tries = 3000)
    void theLooseBoundIsNeverBelowTheTightOne(
            @ForAll @Chars({'a', 'b', 'q', '1', ' '}) @StringLength(min = 0, max = 10) String a,
            @ForAll @Chars({'a', 'b', 'q', '1', ' '}) @StringLength(min = 0, max = 10) String b) {
        assertTrue(Similarity.looseJaroWinklerUpperBound(a, b) >= Similarity.jaroWinklerUpperBound(a, b),
                () -> "'" + a + "' and '" + b + "'");
    }

    /** Our Jaro-Winkler replaced commons-text's for speed: it must give the very same doubles. */
    @Property(tries = 5000)
    void jaroWinklerIsCommonsTextsToTheLastBit(
            @ForAll @Chars({'a', 'b', 'c', 'r', ' ', '1'}) @StringLength(min = 0, max = 14) String a,
            @ForAll @Chars({'a', 'b', 'c', 'r', ' ', '1'}) @StringLength(min = 0, max = 14) String b) {
        assertEquals(COMMONS_TEXT.apply(a, b), Similarity.jaroWinkler(a, b), 0.0, () -> "'" + a + "' and '" + b + "'");
    }

    @Test
    void jaroWinklerIsCommonsTextsOnManyNearNames() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 100_000; n++) {
            String a = randomName(random);
            String b = random.nextBoolean() ? mutated(a, random) : randomName(random);
            assertEquals(COMMONS_TEXT.apply(a, b), Similarity.jaroWinkler(a, b), 0.0, () -> a + " / " + b);
        }
    }
}
