-- Issue #14, "each page renders in at most 300 ms": the overview and the trend count a period's
-- duties by group (ObligationViews.tallyDueIn). Grouped from obligation_view, that read every row
-- of the period (53,000 a quarter in the bench history, 107-135 ms a quarter), twice for the
-- overview and twelve times for the trend. obligation_tally keeps those counts per due day,
-- maintained by ObligationProjection in the same transaction as the rows it counts: a quarter is
-- then a few hundred rows of this table.
--   * One row per due day and group: the columns a scorecard's indicators and a worklist's counts
--     look at (ObligationTally), and how many obligations of obligation_view are in it.
--   * A group whose count falls to zero is deleted, so every row counts at least one obligation.
--   * Filled here from obligation_view as it stands; a rebuild of the read models clears both.
CREATE TABLE obligation_tally (
    due_on         DATE         NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    side           VARCHAR(8)   NOT NULL,
    responsible    VARCHAR(6)   NOT NULL,
    owed           VARCHAR(6)   NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    policy_version VARCHAR(140) NOT NULL,
    -- disputed and not yet ruled on (obligation_view.dispute = 'disputed')
    disputed       BOOLEAN      NOT NULL,
    obligations    BIGINT       NOT NULL,
    PRIMARY KEY (due_on, kind, side, responsible, owed, status, policy_version, disputed)
);

INSERT INTO obligation_tally
SELECT due_on, kind, side, responsible, owed, status, policy_version,
       COALESCE(dispute = 'disputed', FALSE), COUNT(*)
FROM obligation_view
GROUP BY due_on, kind, side, responsible, owed, status, policy_version,
         COALESCE(dispute = 'disputed', FALSE);
