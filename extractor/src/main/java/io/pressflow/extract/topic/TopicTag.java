package io.pressflow.extract.topic;

/**
 * One IPTC Media Topic assigned to a statement.
 *
 * @param code  the qcode, "medtop:11000000"
 * @param label the IPTC English label
 * @param score 0..1, higher is more central to the statement
 * @param level 1 for a top-level concept, deeper concepts count down the tree
 */
public record TopicTag(String code, String label, double score, int level) {}
