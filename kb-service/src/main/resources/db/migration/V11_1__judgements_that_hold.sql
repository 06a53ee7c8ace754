-- Cross-referencing rules changed (revisions need a later publication, touching figures agree, events and rates,
-- nested periods): findings gain a note (ROUNDING, TOUCHING), and every stored finding is cleared so that
-- CrossReferenceBackfill compares all claims again under the new rules at the next start.
ALTER TABLE claim_comparison ADD COLUMN note VARCHAR(30);
DELETE FROM claim_comparison;

-- Two new kinds of measure: EVENT (a count in one event) and RATE (an amount per unit of time, which like a flow
-- names the period it counts per).
ALTER TABLE measure DROP CONSTRAINT measure_flow_ck;
ALTER TABLE measure ADD CONSTRAINT measure_per_period_ck CHECK ((kind IN ('FLOW', 'RATE')) = (flow_period IS NOT NULL));
