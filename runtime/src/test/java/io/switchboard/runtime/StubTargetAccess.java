package io.switchboard.runtime;

import java.io.IOException;

/** Lets tests in other packages use the stub target. */
public final class StubTargetAccess implements AutoCloseable {

    private final StubTarget target;

    private StubTargetAccess(StubTarget target) {
        this.target = target;
    }

    public static StubTargetAccess start() throws IOException {
        return new StubTargetAccess(new StubTarget());
    }

    public String url(String path) {
        return target.url(path);
    }

    public void answerWith(Integer... codes) {
        target.answerWith(codes);
    }

    public int count() {
        return target.count();
    }

    @Override
    public void close() {
        target.close();
    }
}
