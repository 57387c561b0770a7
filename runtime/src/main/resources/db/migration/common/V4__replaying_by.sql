-- Which runtime is replaying a message: with a shared store, a message a runtime was replaying when it died is put
-- back to wait by the others once that runtime is gone, not only at a start with no other runtime alive.
ALTER TABLE failed_message ADD COLUMN IF NOT EXISTS replaying_by VARCHAR(200);
