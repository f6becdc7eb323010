package org.safepassage.vetting.campaign;

import java.util.stream.IntStream;

/** Groups joined two at a time (union–find with path halving), for joining parts into wholes. */
final class DisjointSets {

    private final int[] parent;

    DisjointSets(int size) {
        parent = IntStream.range(0, size).toArray();
    }

    /** The representative of the set that holds {@code i}. */
    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the set of {@code b} into the set of {@code a}. */
    void join(int a, int b) {
        parent[find(b)] = find(a);
    }
}
