package io.tenflowers.bench.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Waits for JMH's machine-wide lock ({@code ${java.io.tmpdir}/jmh.lock}, which JMH takes with a file
 * lock for a whole run) to be free, so that a second build on the same machine waits its turn
 * instead of failing, and tells the user why it waits. Two runs at once would also disturb each
 * other's measurements.
 *
 * <p>The lock is only probed, then released: the JMH JVM must take it itself. If another run takes
 * it in between, JMH refuses to start and {@link BenchmarkRunner} waits again.
 */
public final class JmhLock {
    private final Path lockFile;
    private final Duration maximumWait;
    private final Duration pollInterval;

    /**
     * @param lockFile     JMH's lock file
     * @param maximumWait  how long to wait at most; zero fails at once
     * @param pollInterval how often to look
     */
    public JmhLock(Path lockFile, Duration maximumWait, Duration pollInterval) {
        this.lockFile = lockFile;
        this.maximumWait = maximumWait;
        this.pollInterval = pollInterval;
    }

    /** @return JMH's lock file as the JMH JVM will see it (same temporary directory as ours) */
    public static Path defaultLockFile() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    /**
     * @param notices told once that the run waits, and why
     * @throws BenchmarkRunException if the lock stays taken longer than the maximum wait
     */
    public void awaitFree(Consumer<String> notices) throws BenchmarkRunException {
        long deadline = System.nanoTime() + maximumWait.toNanos();
        boolean told = false;
        while (!isFree()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new BenchmarkRunException("Another JMH run on this machine holds " + lockFile + " and did not "
                        + "finish within " + maximumWait.toMinutes() + " min. JMH runs one at a time per machine "
                        + "(two at once would fail and disturb each other's numbers). Wait for it to finish, or "
                        + "raise -Dtenflowers.bench.lockWaitMinutes.");
            }
            if (!told) {
                notices.accept("Another JMH run on this machine holds " + lockFile + "; waiting up to "
                        + maximumWait.toMinutes() + " min for it to finish (JMH runs one at a time per machine).");
                told = true;
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchmarkRunException("Interrupted while waiting for the JMH lock " + lockFile + ".", e);
            }
        }
    }

    private boolean isFree() {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held by this very JVM (a parallel build)
        } catch (IOException e) {
            // JMH itself will report a lock file it cannot use; do not block on our side
            return true;
        }
    }
}
