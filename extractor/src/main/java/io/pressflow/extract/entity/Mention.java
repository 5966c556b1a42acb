package io.pressflow.extract.entity;

/**
 * One mention of an entity as written.
 *
 * @param start first character (inclusive)
 * @param end   last character (exclusive)
 * @param text  the mention as written ("Ankara", "the Turkish leader")
 */
public record Mention(int start, int end, String text) {}
