package org.corroborate.model.crossref;

import org.corroborate.model.claim.Citation;
import org.corroborate.model.claim.Claim;
import org.corroborate.model.claim.RelayHop;
import org.corroborate.model.claim.Stance;
import org.corroborate.model.source.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where figures come from, at the level of the figure: a citation's chain runs from the cited source through the
 * relays its passage names ("according to the UN Commission of Inquiry") to the figure's origin, the last hop, or the
 * cited source itself when the passage names none. Relays recorded between sources ({@link Source#getRelays()}) are
 * bibliographic context and are never followed here: a compilation that repeats twenty sources is not the origin of
 * twenty figures, and a contributor's own field work is not a newspaper's figure because the newspaper once relayed it.
 */
public final class Origins {

    private Origins() {
    }

    /** The figure-level chain of a citation: [cited source, hop 1, hop 2, ..., origin]. */
    public static List<Source> chain(Citation citation) {
        List<Source> chain = new ArrayList<>();
        chain.add(citation.getSource());
        citation.getRelayedFrom().stream().map(RelayHop::getSource).forEach(chain::add);
        return List.copyOf(chain);
    }

    /** The origin of the cited passage's figure: the last hop it names, or the cited source when it names none. */
    public static Source of(Citation citation) {
        List<RelayHop> hops = citation.getRelayedFrom();
        return hops.isEmpty() ? citation.getSource() : hops.get(hops.size() - 1).getSource();
    }

    /**
     * The citations a claim's figure rests on: those supporting it, or every citation when none is marked as
     * supporting.
     */
    public static List<Citation> supporting(Claim claim) {
        List<Citation> supporting = claim.getCitations().stream()
                .filter(ci -> ci.getStance() == Stance.SUPPORTS).toList();
        return supporting.isEmpty() ? claim.getCitations() : supporting;
    }

    /** The ids of the origins of a claim's supporting citations, in citation order. */
    public static Set<Long> ofClaim(Claim claim) {
        Set<Long> origins = new LinkedHashSet<>();
        supporting(claim).forEach(ci -> origins.add(of(ci).getId()));
        return origins;
    }

    /** The ids of every source on the figure-level chains of a claim's supporting citations. */
    public static Set<Long> reach(Claim claim) {
        Set<Long> reached = new LinkedHashSet<>();
        supporting(claim).forEach(ci -> chain(ci).forEach(s -> reached.add(s.getId())));
        return reached;
    }

    /**
     * Groups claims whose figure-level chains meet: two claims are one group when their chains share a source
     * anywhere (a news article relaying the Commission and the Commission's report cited directly), and so is every
     * claim linked to them that way. The number of groups is the number of independent origins.
     *
     * @param reachByClaim each claim's chain sources ({@link #reach(Claim)})
     * @return the groups, each a set of claim ids, in the order of their first claim
     */
    public static List<Set<Long>> groups(Map<Long, Set<Long>> reachByClaim) {
        Map<Long, Long> parent = new LinkedHashMap<>();
        reachByClaim.keySet().forEach(c -> parent.put(c, c));
        Map<Long, Long> claimBySource = new LinkedHashMap<>();
        reachByClaim.forEach((claim, sources) -> {
            for (Long source : sources) {
                Long other = claimBySource.putIfAbsent(source, claim);
                if (other != null) {
                    parent.put(find(parent, claim), find(parent, other));
                }
            }
        });
        Map<Long, Set<Long>> groups = new LinkedHashMap<>();
        for (Long claim : reachByClaim.keySet()) {
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

    /** True when the two sets of source ids share one: the chains meet, so agreement is not independent. */
    public static boolean shareOrigin(Collection<Long> a, Collection<Long> b) {
        return a.stream().anyMatch(b::contains);
    }
}
