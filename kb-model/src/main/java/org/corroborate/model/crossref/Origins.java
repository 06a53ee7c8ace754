package org.corroborate.model.crossref;

import org.corroborate.model.source.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where figures come from. A source that relays others (an article repeating the UN Commission of Inquiry) is
 * followed through its relay links to the sources that relay nothing further: its origins. Three articles relaying
 * the Commission are one origin, the Commission's report.
 */
public final class Origins {

    private Origins() {
    }

    /** The origin sources of a cited source (itself when it relays nothing), following relays transitively. */
    public static Set<Source> of(Source cited) {
        Set<Source> roots = new LinkedHashSet<>();
        collect(cited, new LinkedHashSet<>(), roots);
        return roots;
    }

    private static void collect(Source s, Set<Long> onPath, Set<Source> roots) {
        if (!onPath.add(key(s))) {
            return; // a relay cycle: stop rather than loop
        }
        if (s.getRelays().isEmpty()) {
            roots.add(s);
        } else {
            relays(s).forEach(r -> collect(r, onPath, roots));
        }
        onPath.remove(key(s));
    }

    /**
     * Every chain from a cited source to one of its origins: [cited, relayed, ..., origin]. A source relaying
     * nothing is a chain of one.
     */
    public static List<List<Source>> chains(Source cited) {
        List<List<Source>> chains = new ArrayList<>();
        walk(cited, new ArrayList<>(), chains);
        return chains;
    }

    private static void walk(Source s, List<Source> path, List<List<Source>> chains) {
        if (path.stream().anyMatch(p -> key(p) == key(s))) {
            chains.add(List.copyOf(path));
            return;
        }
        path.add(s);
        if (s.getRelays().isEmpty()) {
            chains.add(List.copyOf(path));
        } else {
            relays(s).forEach(r -> walk(r, path, chains));
        }
        path.remove(path.size() - 1);
    }

    /**
     * Groups claims by shared origin: two claims whose origins share a source are one group, and so is every
     * claim linked to them that way. The number of groups is the number of independent origins.
     *
     * @param originsByClaim each claim's origin source ids
     * @return the groups, each a set of claim ids, in the order of their first claim
     */
    public static List<Set<Long>> groups(Map<Long, Set<Long>> originsByClaim) {
        Map<Long, Long> parent = new LinkedHashMap<>();
        originsByClaim.keySet().forEach(c -> parent.put(c, c));
        Map<Long, Long> claimByOrigin = new LinkedHashMap<>();
        originsByClaim.forEach((claim, origins) -> {
            for (Long origin : origins) {
                Long other = claimByOrigin.putIfAbsent(origin, claim);
                if (other != null) {
                    parent.put(find(parent, claim), find(parent, other));
                }
            }
        });
        Map<Long, Set<Long>> groups = new LinkedHashMap<>();
        for (Long claim : originsByClaim.keySet()) {
            groups.computeIfAbsent(find(parent, claim), k -> new LinkedHashSet<>()).add(claim);
        }
        return List.copyOf(groups.values());
    }

    private static Long find(Map<Long, Long> parent, Long x) {
        Long p = parent.get(x);
        while (!p.equals(x)) {
            x = p;
            p = parent.get(x);
        }
        return p;
    }

    /** True when the two sets of origin ids share one. */
    public static boolean shareOrigin(Collection<Long> a, Collection<Long> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** The sources it relays, by id: the database returns a relay set in no particular order. */
    private static List<Source> relays(Source s) {
        return s.getRelays().stream().sorted(Comparator.comparingLong(Origins::key)).toList();
    }

    private static long key(Source s) {
        return s.getId() == null ? System.identityHashCode(s) : s.getId();
    }
}
