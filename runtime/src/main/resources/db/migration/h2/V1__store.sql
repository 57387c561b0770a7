-- The runtime store, version 1: the tables as the runtime made them before Flyway kept its schema.
-- Every statement is idempotent, so that a store made by an earlier runtime (baselined at 0) is
-- brought to this version by running it.

CREATE TABLE IF NOT EXISTS failed_message (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  flow_id VARCHAR(100) NOT NULL,
  flow_version INT NOT NULL,
  received_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  failed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  correlation_id VARCHAR(100) NOT NULL,
  idempotency_key VARCHAR(500),
  error_type VARCHAR(300) NOT NULL,
  error_message VARCHAR(4000),
  error_where VARCHAR(300),
  attempts INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  content_type VARCHAR(200),
  headers VARCHAR(8000),
  payload VARBINARY(16777216) NOT NULL
);

-- CRC-32C of the payload, checked whenever the payload is read and at every start: H2 checks the structure
-- of its pages, not their content.
ALTER TABLE failed_message ADD COLUMN IF NOT EXISTS payload_crc BIGINT;

CREATE INDEX IF NOT EXISTS failed_by_flow ON failed_message(flow_id, id);

-- Each index is one more tree to rewrite in every commit. Lists read newest first by id, which a time range
-- narrows well enough; the health report counts the waiting messages every second, by status.
DROP INDEX IF EXISTS failed_by_time;

-- (status, id): the list of waiting messages, newest first, walks it backwards instead of sorting a
-- million rows; it still counts by status for the health report.
DROP INDEX IF EXISTS failed_by_status;

CREATE INDEX IF NOT EXISTS failed_by_status_id ON failed_message(status, id);

-- The failure group of each message (ErrorSignature); null on rows stored before groups, until the start
-- assigns them.
ALTER TABLE failed_message ADD COLUMN IF NOT EXISTS group_id VARCHAR(24);

CREATE INDEX IF NOT EXISTS failed_by_group ON failed_message(group_id, id);

-- Counts kept as messages fail and move on, so that groups are served without counting a million rows.
CREATE TABLE IF NOT EXISTS failure_group (
  id VARCHAR(24) PRIMARY KEY,
  flow_id VARCHAR(100) NOT NULL,
  error_where VARCHAR(300) NOT NULL,
  error_type VARCHAR(300) NOT NULL,
  pattern VARCHAR(1000) NOT NULL,
  failures BIGINT NOT NULL,
  waiting BIGINT NOT NULL,
  first_failed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  last_failed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  last_replayed_at TIMESTAMP(3) WITH TIME ZONE,
  sample_id BIGINT NOT NULL
);

-- Bulk replays as jobs: what was asked, by whom, and the messages chosen when it was created, each with
-- its outcome once known (written in the same commit as the replay's own outcome).
CREATE TABLE IF NOT EXISTS replay_job (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  actor VARCHAR(100) NOT NULL,
  role VARCHAR(20) NOT NULL,
  reason VARCHAR(2000),
  selection VARCHAR(4000) NOT NULL,
  group_id VARCHAR(24),
  throttle_per_second INT NOT NULL,
  state VARCHAR(20) NOT NULL,
  finished_at TIMESTAMP(3) WITH TIME ZONE
);

-- The newest failed message when the job was made: a group's new failures since are the ids above it.
ALTER TABLE replay_job ADD COLUMN IF NOT EXISTS newest_failed_id BIGINT;

CREATE TABLE IF NOT EXISTS replay_job_item (
  job_id BIGINT NOT NULL,
  failed_id BIGINT NOT NULL,
  outcome VARCHAR(30),
  detail VARCHAR(4000),
  PRIMARY KEY (job_id, failed_id)
);

CREATE TABLE IF NOT EXISTS delivered_key (
  flow_id VARCHAR(100) NOT NULL,
  idempotency_key VARCHAR(500) NOT NULL,
  delivered_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (flow_id, idempotency_key)
);

-- The message whose replay claimed the key and is sending it; null once the target has taken it.
ALTER TABLE delivered_key ADD COLUMN IF NOT EXISTS claimed_by BIGINT;

CREATE TABLE IF NOT EXISTS replay (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  failed_id BIGINT NOT NULL,
  actor VARCHAR(100) NOT NULL,
  role VARCHAR(20) NOT NULL,
  at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  outcome VARCHAR(30) NOT NULL,
  reason VARCHAR(2000),
  flow_version INT,
  edited_payload VARBINARY(16777216),
  detail VARCHAR(4000)
);

CREATE INDEX IF NOT EXISTS replay_by_message ON replay(failed_id, id);

CREATE TABLE IF NOT EXISTS audit (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  actor VARCHAR(100) NOT NULL,
  role VARCHAR(20) NOT NULL,
  action VARCHAR(40) NOT NULL,
  flow_id VARCHAR(100),
  flow_version INT,
  target_id VARCHAR(100),
  detail VARCHAR(4000)
);

CREATE TABLE IF NOT EXISTS token (
  name VARCHAR(100) PRIMARY KEY,
  role VARCHAR(20) NOT NULL,
  hash VARCHAR(100) NOT NULL,
  created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE TABLE IF NOT EXISTS flow_version (
  flow_id VARCHAR(100) NOT NULL,
  version INT NOT NULL,
  deployed_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  actor VARCHAR(100) NOT NULL,
  bundle VARCHAR(16777216) NOT NULL,
  PRIMARY KEY (flow_id, version)
);

CREATE TABLE IF NOT EXISTS store_info (
  name VARCHAR(100) PRIMARY KEY,
  info VARCHAR(1000)
);

-- An incident of a group runs from the failure that made it wait (none waiting or being replayed before)
-- to the replay or discard that leaves none: how long a restore took, for the team's KPIs.
ALTER TABLE failure_group ADD COLUMN IF NOT EXISTS in_flight BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE failure_group ADD COLUMN IF NOT EXISTS incident_started_at TIMESTAMP(3) WITH TIME ZONE;

-- Each flow's day in counts, kept as things happen (as the groups' counts are), so that KPIs over weeks
-- read a few rows, not a million messages. Days are UTC days.
CREATE TABLE IF NOT EXISTS flow_day (
  flow_id VARCHAR(100) NOT NULL,
  on_day DATE NOT NULL,
  failures BIGINT DEFAULT 0 NOT NULL,
  replays BIGINT DEFAULT 0 NOT NULL,
  restores BIGINT DEFAULT 0 NOT NULL,
  restore_ms BIGINT DEFAULT 0 NOT NULL,
  minutes_measured BIGINT DEFAULT 0 NOT NULL,
  minutes_in_slo BIGINT DEFAULT 0 NOT NULL,
  PRIMARY KEY (flow_id, on_day)
);

-- Health thresholds and the service-level objective, set per flow by an operator.
CREATE TABLE IF NOT EXISTS flow_objectives (
  flow_id VARCHAR(100) PRIMARY KEY,
  degraded_error_rate DOUBLE PRECISION NOT NULL,
  failing_error_rate DOUBLE PRECISION NOT NULL,
  degraded_p95_ms BIGINT NOT NULL,
  failing_p95_ms BIGINT NOT NULL,
  slo_p95_ms BIGINT NOT NULL,
  slo_error_rate DOUBLE PRECISION NOT NULL
);

CREATE TABLE IF NOT EXISTS flow_state (
  flow_id VARCHAR(100) PRIMARY KEY,
  active_version INT NOT NULL,
  running BOOLEAN NOT NULL
);
