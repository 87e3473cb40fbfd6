package org.crosscheck.domain;

import java.util.List;

/** Turns a stored pair explanation ("name:1:+8.65;location:1:+12.93") into words, one line per comparison. */
public interface PairExplainer {

    /** One part of a pair's score in words. */
    record Part(String comparison, String words, double bits) {
    }

    List<Part> parts(String explanation);
}
