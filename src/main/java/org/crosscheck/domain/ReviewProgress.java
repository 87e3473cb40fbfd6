package org.crosscheck.domain;

/**
 * How far the review of uncertain pairs has got: pairs whose latest human verdict is same, different or unsure,
 * and pairs of the latest run's review band still waiting for one.
 */
public record ReviewProgress(int same, int different, int unsure, int waiting) {
}
