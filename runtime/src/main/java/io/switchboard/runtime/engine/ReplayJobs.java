package io.switchboard.runtime.engine;

import io.switchboard.runtime.store.AuditLog;
import io.switchboard.runtime.store.FailedMessageStore;
import io.switchboard.runtime.store.ReplayJob;
import io.switchboard.runtime.store.ReplayJobStore;
import io.switchboard.runtime.store.ReplayRecord.Outcome;
import io.switchboard.runtime.store.InstanceRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk replays as jobs the runtime owns: created with the messages they will replay (chosen once, when created),
 * run in the background at the pace asked for, watched through progress events on the stream, cancellable. All
 * jobs share one bounded pool of replay workers, and at most {@value #RUNNERS} run at once (the others wait
 * QUEUED). Each message's outcome is recorded with the replay's own commit, so a job a stopped runtime cut short
 * is shown INTERRUPTED with exactly what it had done, and no message is replayed twice: a replayed message is no
 * longer waiting, and a key once delivered is skipped.
 */
public final class ReplayJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayJobs.class);
    static final int RUNNERS = 2;
    static final int WORKERS = 64;
    /** Messages taken in one commit; two chunks are in flight at most. */
    static final int CHUNK = WORKERS / 2;
    /** Messages a paced job takes at a time (it sends them one by one at its pace). */
    static final int PACED_BATCH = 16;
    /** Progress events at most this often per job (the last one always). */
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final ReplayJobStore jobs;
    private final FailedMessageStore messages;
    private final ReplayService replay;
    private final AuditLog audit;
    private final RuntimeEvents events;
    private final ExecutorService runners = Executors.newFixedThreadPool(RUNNERS, daemon("replay-job"));
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("replay-worker"));
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();
    /** Jobs this runtime's runners are working on (others of a shared store may run other jobs). */
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
    private final Map<Long, CompletableFuture<ReplayJob>> endings = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private final String instance;
    private final Clock clock;

    public ReplayJobs(ReplayJobStore jobs, FailedMessageStore messages, ReplayService replay, AuditLog audit,
                      RuntimeEvents events, String instance, Clock clock) {
        this.instance = instance;
        this.clock = clock;
        this.jobs = jobs;
        this.messages = messages;
        this.replay = replay;
        this.audit = audit;
        this.events = events;
    }

    /** Creates a job over the given messages and queues it; answers it as created. */
    public ReplayJob create(List<Long> failedIds, String selection, String groupId, int throttlePerSecond,
                            String reason, Actor actor) {
        long id = jobs.create(actor.name(), actor.role(), reason, selection, groupId, throttlePerSecond, failedIds);
        audit.append(actor.name(), actor.role(), "replay-job", null, null, String.valueOf(id),
                "created over " + failedIds.size() + " messages (" + selection + ")"
                        + (reason == null ? "" : ": " + reason));
        ReplayJob job = jobs.find(id).orElseThrow();
        publish(job);
        runners.submit(() -> run(id, actor));
        return job;
    }

    /** Asks a queued or running job to stop; the replays already under way finish. False when it had finished. */
    public boolean cancel(long jobId, Actor actor) {
        Optional<ReplayJob> job = jobs.find(jobId);
        if (job.isEmpty() || job.get().state().finished()) {
            return false;
        }
        cancelled.add(jobId);
        // A queued job is cancelled here; one running here by its runner, between two messages; one another
        // runtime of a shared store runs, in the store, where that runtime's next batch finds it ended.
        if (jobs.move(jobId, ReplayJob.State.QUEUED, ReplayJob.State.CANCELLED)
                || !runningHere.contains(jobId) && jobs.move(jobId, ReplayJob.State.RUNNING,
                ReplayJob.State.CANCELLED)) {
            finished(jobId);
        }
        audit.append(actor.name(), actor.role(), "replay-job", null, null, String.valueOf(jobId), "cancel asked");
        return true;
    }

    public Optional<ReplayJob> find(long jobId) {
        return jobs.find(jobId);
    }

    /**
     * Completes when the job has ended (done, cancelled) or when the runtime stops while it runs (then it is still
     * RUNNING, and shown INTERRUPTED at the next start). For a caller that answers when the job is over without
     * holding a thread meanwhile.
     */
    public CompletableFuture<ReplayJob> whenEnded(long jobId) {
        CompletableFuture<ReplayJob> ending = endings.computeIfAbsent(jobId, id -> new CompletableFuture<>());
        jobs.find(jobId).filter(job -> job.state().finished()).ifPresent(ending::complete);
        return ending;
    }

    /** At start: jobs a stopped runtime left unfinished are shown INTERRUPTED, with what they had done. */
    public List<Long> interruptUnfinished() {
        return jobs.interruptUnfinished("runtime", "system");
    }

    /**
     * With a store several runtimes share: renews the leases of the jobs this runtime runs, and takes over the
     * running jobs whose runtime let theirs run out, going on with the messages they had not reached. Called with
     * the runtime's heartbeat. Answers the ids taken over.
     */
    public List<Long> renewAndTakeOver() {
        Instant until = clock.instant().plus(InstanceRegistry.LEASE);
        jobs.renew(instance, until);
        List<Long> taken = jobs.takeOverExpired(instance, clock.instant(), until);
        for (long jobId : taken) {
            ReplayJob job = jobs.find(jobId).orElseThrow();
            LOG.info("Replay job {} taken over: the runtime running it is gone", jobId);
            runners.submit(() -> work(jobId, new Actor(job.actor(), job.role())));
        }
        return taken;
    }

    private void run(long jobId, Actor actor) {
        if (cancelled.contains(jobId) || !jobs.start(jobId, instance, clock.instant().plus(InstanceRegistry.LEASE))) {
            return;
        }
        work(jobId, actor);
    }

    /** Runs a job this runtime holds, over the messages still waiting, to its end. */
    private void work(long jobId, Actor actor) {
        runningHere.add(jobId);
        try {
            ReplayJob job = jobs.find(jobId).orElseThrow();
            publish(job);
            Progress progress = new Progress(job);
            Semaphore inFlight = new Semaphore(WORKERS);
            if (job.throttlePerSecond() > 0) {
                paced(job, actor, progress, inFlight);
            } else {
                inChunks(job, actor, progress, inFlight);
            }
            inFlight.acquireUninterruptibly(WORKERS);
            if (stopping && !cancelled.contains(jobId)) {
                // Left RUNNING: the next start shows it INTERRUPTED, with what it had done.
                CompletableFuture<ReplayJob> ending = endings.remove(jobId);
                if (ending != null) {
                    ending.complete(jobs.find(jobId).orElseThrow());
                }
                return;
            }
            ReplayJob.State end = cancelled.contains(jobId) ? ReplayJob.State.CANCELLED : ReplayJob.State.DONE;
            // Cancelled meanwhile through another runtime: the store already says so.
            if (jobs.move(jobId, ReplayJob.State.RUNNING, end)) {
                ReplayJob done = jobs.find(jobId).orElseThrow();
                audit.append(actor.name(), actor.role(), "replay-job", null, null, String.valueOf(jobId),
                        end + ": " + done.outcomes());
            }
            finished(jobId);
        } catch (RuntimeException e) {
            LOG.error("Replay job {} stopped: {}", jobId, e.getMessage(), e);
            jobs.move(jobId, ReplayJob.State.RUNNING, ReplayJob.State.INTERRUPTED);
            finished(jobId);
        } finally {
            runningHere.remove(jobId);
        }
    }

    /** The job's waiting messages, taken for this runtime a batch at a time as they are iterated. */
    private Iterable<Long> taken(long jobId, int batch) {
        return () -> new java.util.Iterator<>() {
            private java.util.Iterator<Long> current = java.util.Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && !exhausted && !stopping && !cancelled.contains(jobId)) {
                    List<Long> next = jobs.take(jobId, instance, batch);
                    exhausted = next.isEmpty();
                    current = next.iterator();
                }
                return current.hasNext();
            }

            @Override
            public Long next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** One message at a time, at the job's pace. */
    private void paced(ReplayJob job, Actor actor, Progress progress, Semaphore inFlight) {
        long pauseNanos = 1_000_000_000L / job.throttlePerSecond();
        long next = System.nanoTime();
        for (long failedId : taken(job.id(), PACED_BATCH)) {
            if (cancelled.contains(job.id()) || stopping) {
                return;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            next += pauseNanos;
            inFlight.acquireUninterruptibly();
            // Completes on the store's writer thread: only counted there, never read from the store.
            workers.submit(() -> replayOne(job, failedId, actor).whenComplete((outcome, failure) -> {
                inFlight.release();
                progress.one(outcome == null ? Outcome.FAILED : outcome);
            }));
        }
    }

    /**
     * As fast as the flow takes them: {@value #CHUNK} messages are taken in one commit, then sent by the workers;
     * the next chunk is taken while they send. The store's one writer, not the target, was what limited a job that
     * took each message in a commit of its own. A worker is free once the target has answered; the outcomes commit
     * with the next chunk (or at most the writer's linger later), and the job ends when all have.
     */
    private void inChunks(ReplayJob job, Actor actor, Progress progress, Semaphore inFlight) {
        List<CompletableFuture<ReplayService.Result>> outcomes = new java.util.ArrayList<>();
        try {
            while (true) {
                if (cancelled.contains(job.id()) || stopping) {
                    return;
                }
                List<Long> chunk = jobs.take(job.id(), instance, CHUNK);
                if (chunk.isEmpty()) {
                    return;
                }
                inFlight.acquireUninterruptibly(chunk.size());
                Map<Long, ReplayService.Replaying> started;
                try {
                    started = replay.replayAll(chunk, new ReplayService.Request(null, job.reason(), false, job.id()),
                            actor, workers);
                } catch (RuntimeException e) {
                    inFlight.release(chunk.size());
                    throw e;
                }
                for (long failedId : chunk) {
                    ReplayService.Replaying one = started.get(failedId);
                    if (one == null) {
                        jobs.record(job.id(), failedId, Outcome.FAILED, "the message is no longer stored");
                        inFlight.release();
                        progress.one(Outcome.FAILED);
                        continue;
                    }
                    one.sent().whenComplete((sent, failure) -> inFlight.release());
                    outcomes.add(one.committed().whenComplete((result, failure) -> {
                        if (failure != null) {
                            LOG.warn("Replay job {}: message {} could not be replayed: {}", job.id(), failedId,
                                    failure.getMessage());
                        }
                        progress.one(result == null ? Outcome.FAILED : result.outcome());
                    }));
                }
            }
        } finally {
            // Whatever ended the loop, the replays under way finish and their outcomes are committed first.
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        }
    }

    private CompletableFuture<Outcome> replayOne(ReplayJob job, long failedId, Actor actor) {
        try {
            Optional<CompletableFuture<ReplayService.Result>> started = replay.replayCommittingLater(failedId,
                    new ReplayService.Request(null, job.reason(), false, job.id()), actor);
            if (started.isEmpty()) {
                jobs.record(job.id(), failedId, Outcome.FAILED, "the message is no longer stored");
                return CompletableFuture.completedFuture(Outcome.FAILED);
            }
            return started.get().thenApply(ReplayService.Result::outcome);
        } catch (RuntimeException e) {
            LOG.warn("Replay job {}: message {} could not be replayed: {}", job.id(), failedId, e.getMessage());
            return CompletableFuture.completedFuture(Outcome.FAILED);
        }
    }

    private void finished(long jobId) {
        cancelled.remove(jobId);
        jobs.find(jobId).ifPresent(job -> {
            publish(job);
            CompletableFuture<ReplayJob> ending = endings.remove(jobId);
            if (ending != null) {
                ending.complete(job);
            }
        });
    }

    private void publish(ReplayJob job) {
        publish(job.id(), job.state(), job.total(), job.outcomes());
    }

    private void publish(long jobId, ReplayJob.State state, long total, Map<Outcome, Long> outcomes) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach((outcome, count) -> counts.put(outcome.name(), count));
        events.publish(RuntimeEvent.of(RuntimeEvent.Type.REPLAY_JOB, null, Map.of("jobId", jobId,
                "state", state.name(), "total", total,
                "done", counts.values().stream().mapToLong(Long::longValue).sum(), "outcomes", counts)));
    }

    /** Counts outcomes as they come and publishes them now and then, never more often than every quarter second. */
    private final class Progress {
        private final ReplayJob job;
        private final Map<Outcome, Long> counts;
        private long lastPublished = System.nanoTime();

        Progress(ReplayJob job) {
            this.job = job;
            this.counts = new java.util.EnumMap<>(Outcome.class);
            counts.putAll(job.outcomes());
        }

        synchronized void one(Outcome outcome) {
            counts.merge(outcome, 1L, Long::sum);
            long now = System.nanoTime();
            if (now - lastPublished >= PROGRESS_EVERY_NANOS) {
                lastPublished = now;
                publish(job.id(), ReplayJob.State.RUNNING, job.total(), counts);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Stops taking messages, lets the replays under way finish (at most {@value #CLOSE_SECONDS} s), and leaves
     * unfinished jobs to be shown INTERRUPTED at the next start.
     */
    @Override
    public void close() {
        stopping = true;
        runners.shutdown();
        try {
            if (!runners.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Replay jobs still running after {} s are stopped", CLOSE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runners.shutdownNow();
        workers.shutdownNow();
    }

    private static final int CLOSE_SECONDS = 10;
}
