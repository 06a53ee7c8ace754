package org.corroborate.service.browse;

import java.util.List;

/** One page of a longer list, with the total so that readers and clients can page through it. */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }

    public int previousOffset() {
        return Math.max(0, offset - limit);
    }

    public int nextOffset() {
        return offset + limit;
    }

    /** The number of the first item shown, counting from 1 (0 for an empty page). */
    public long first() {
        return items.isEmpty() ? 0 : offset + 1L;
    }

    public long last() {
        return offset + (long) items.size();
    }
}
