package org.crosscheck.review;

import java.util.List;
import org.crosscheck.domain.PairExplainer;
import org.crosscheck.domain.PairScore;
import org.crosscheck.domain.RecordDetail;

/**
 * One pair as the review screen shows it: both records in full, the score's parts in words, and the context of
 * each side (the other records already in its business, and the businesses it is associated with).
 */
public record ReviewItem(PairScore pair, RecordDetail left, RecordDetail right, List<PairExplainer.Part> parts,
                         List<String> context) {
}
