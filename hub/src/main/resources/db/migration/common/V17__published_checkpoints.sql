-- How far the signed checkpoints have been published to each Kafka topic: advanced only after
-- Kafka acknowledged, so a restart publishes again from there (consumers dedupe by sequence).
CREATE TABLE published_checkpoint (
    topic         VARCHAR(255) PRIMARY KEY,
    last_sequence BIGINT       NOT NULL
);
