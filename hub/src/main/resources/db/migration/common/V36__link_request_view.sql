-- link_request_view (issue #14): each identity link request as its events leave it, for
-- LinkRequestsService.ListLinkRequests and the workbench's identity links page. Person keys and
-- division codes only: no ID number, no name. parties and approved_by are comma-separated codes.
CREATE TABLE link_request_view (
    link_id        VARCHAR(300) PRIMARY KEY,
    alias_key      VARCHAR(128) NOT NULL,
    primary_key    VARCHAR(128) NOT NULL,
    requested_by   VARCHAR(16)  NOT NULL,
    parties        VARCHAR(200) NOT NULL,
    approved_by    VARCHAR(200) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    requested_at   TIMESTAMP    NOT NULL,
    decided_at     TIMESTAMP,
    decided_by     VARCHAR(16),
    last_position  BIGINT       NOT NULL
);

-- The read models share one processor: empty them all and remove its token, so that it replays
-- the event store into every read model again, this new one included (as V18 did).
DELETE FROM obligation_view;
DELETE FROM residence_view;
DELETE FROM birth_view;
DELETE FROM conflict_view;
DELETE FROM token_entry WHERE processor_name = 'read-models';
