package io.supportcenter.it.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no starting topic or earlier test contains, so that a search finds only what a test wrote.
 * Letters only: the search analyser splits words at digits, and a UUID's hex digits may hold too
 * few letters to cut a tag of the wanted length from.
 */
public final class UniqueWords {

    private UniqueWords() {
    }

    public static String letters(int length) {
        StringBuilder tag = new StringBuilder(length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
