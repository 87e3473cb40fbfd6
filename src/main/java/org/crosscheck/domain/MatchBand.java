package org.crosscheck.domain;

/** Where a pair's probability falls: linked automatically, sent to review, or rejected. */
public enum MatchBand { MATCH, REVIEW, NON_MATCH }
