-- Replay jobs that several runtimes may work on: the runtime running a job holds it for a while (its lease, renewed
-- as it beats) and takes its messages in batches, each marked with who took it; a job whose runtime is gone is
-- taken over by another once the lease has run out.
ALTER TABLE replay_job ADD COLUMN IF NOT EXISTS owner VARCHAR(200);
ALTER TABLE replay_job ADD COLUMN IF NOT EXISTS lease_until TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE replay_job_item ADD COLUMN IF NOT EXISTS claimed_by VARCHAR(200);
