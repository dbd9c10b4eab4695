package nl.mediaprotocol.directory;

import java.util.List;

/**
 * An import gave these students a guardian or took one away. Published in the import's
 * transaction, so that a listener that keeps something derived from a student's guardians
 * (whose consent counts, 3.1.6) changes it in that same transaction.
 *
 * @param studentRefs the students concerned
 */
public record GuardiansChanged(List<String> studentRefs) {
}
