package org.crosscheck.domain;

/**
 * A decision's verdict on a pair of records. RETRACTED withdraws the pair's earlier verdicts (an undo), leaving it
 * undecided; like every decision it is appended, so the history keeps what was decided and withdrawn.
 */
public enum Verdict { SAME, DIFFERENT, UNSURE, RETRACTED }
