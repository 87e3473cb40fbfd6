package org.crosscheck.linkage;

/**
 * What "learn from my decisions" did: the run it made, the labels it learnt from, and what became of the pairs
 * that were waiting in the review band before.
 *
 * @param labelledSame      pairs people said are the same business (m is re-estimated from these)
 * @param labelledDifferent pairs people said are different businesses
 * @param reviewBefore      undecided pairs in the review band before
 * @param leftReview        of those, pairs no longer in the review band
 * @param nowLinked         of those, pairs now linked automatically
 * @param nowRejected       of those, pairs now rejected
 */
public record LearnSummary(LinkRunSummary run, int labelledSame, int labelledDifferent, int reviewBefore,
                           int leftReview, int nowLinked, int nowRejected) {
}
