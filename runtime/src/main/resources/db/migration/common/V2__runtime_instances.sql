-- The runtimes that use the store, each with its last sign of life: with a shared store, what a runtime takes
-- over at start (replays and jobs cut short) is taken over only when no other runtime is alive.
CREATE TABLE IF NOT EXISTS runtime_instance (
  name VARCHAR(200) PRIMARY KEY,
  started_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  heartbeat_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
