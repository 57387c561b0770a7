package io.switchboard.app.workspace;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells when a workspace's files change on disk (a {@code git pull}, another editor): the root and its four folders
 * are watched on a daemon thread of their own; {@code changed} is called on that thread, once per batch of events.
 */
public final class WorkspaceWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceWatcher.class);

    private final WatchService service;
    private final Thread thread;

    private WorkspaceWatcher(WatchService service, Runnable changed) {
        this.service = service;
        this.thread = new Thread(() -> run(changed), "studio-workspace-watcher");
        thread.setDaemon(true);
    }

    public static WorkspaceWatcher start(Path root, Runnable changed) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        WorkspaceWatcher watcher = new WorkspaceWatcher(service, changed);
        for (Path folder : new Path[] {root, root.resolve("contracts"), root.resolve("mappings"),
                root.resolve("flows"), root.resolve("samples")}) {
            if (Files.isDirectory(folder)) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
        watcher.thread.start();
        return watcher;
    }

    private void run(Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                changed.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the workspace was closed or the studio stops.
        } catch (RuntimeException e) {
            LOG.error("Watching the workspace stopped; changes on disk are no longer noticed", e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Closing the workspace watcher: {}", e.getMessage());
        }
    }
}
