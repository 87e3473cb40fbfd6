package org.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.domain.PairExplainer.Part;
import org.junit.jupiter.api.Test;

class PairSentenceTest {

    @Test
    void saysTheStrongestEvidenceFirstThenWhatSpeaksAgainst() {
        String s = PairSentence.of(List.of(new Part("name", "different name", -1.3),
                new Part("source", "from different agencies", 0.2),
                new Part("location", "same postcode", 4.3),
                new Part("person", "same person", 8.2)), 0.44);
        assertEquals("Same person and same postcode, but different name: 44% likely the same business.", s);
    }

    @Test
    void saysWhenThereIsLittleToGoOn() {
        assertEquals("Little to go on: 3% likely the same business.",
                PairSentence.of(List.of(new Part("town", "same town", 0.4)), 0.03));
    }

    @Test
    void neverClaimsCertainty() {
        assertEquals("over 99%", PairSentence.percent(0.996));
        assertEquals("under 1%", PairSentence.percent(0.004));
        assertEquals("50%", PairSentence.percent(0.5));
    }
}
