package org.crosscheck.domain;

/** A decision's verdict on a pair of records. */
public enum Verdict { SAME, DIFFERENT, UNSURE }
