package io.tenflowers.bench.env;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one git command in a directory and returns its exit status, standard output and error. */
final class GitCommand {
    /** Enough for rev-parse and status on any repository; a worktree checkout gets longer. */
    static final long DEFAULT_TIMEOUT_SECONDS = 30;

    private GitCommand() {
    }

    /** What a finished git command said. */
    record Result(String command, int exitCode, String output, String error) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** Git's error text on one line, or the exit code when git said nothing. */
        String reason() {
            String text = error.strip().replaceAll("\\s*\\R\\s*", " ");
            return text.isEmpty() ? "exit code " + exitCode : text;
        }
    }

    static Result run(Path directory, String... args) {
        return run(directory, DEFAULT_TIMEOUT_SECONDS, args);
    }

    /**
     * @throws GitException when git cannot be started (not on the PATH), runs past the timeout, or
     *         the waiting thread is interrupted (the interrupt flag is restored)
     */
    static Result run(Path directory, long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        String shown = String.join(" ", command);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new GitException("Could not run '" + shown + "' in " + directory + " (" + e.getMessage()
                    + "). Install git and put it on the PATH.");
        }
        try {
            process.getOutputStream().close();
            // stderr is drained on its own thread so that a chatty git never blocks on a full pipe.
            StreamReader error = new StreamReader(process.getErrorStream());
            error.start();
            String output = readAll(process.getInputStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("'" + shown + "' in " + directory + " did not finish within "
                        + timeoutSeconds + " seconds.");
            }
            error.join();
            return new Result(shown, process.exitValue(), output, error.text());
        } catch (IOException | UncheckedIOException e) {
            process.destroyForcibly();
            throw new GitException("Could not read the output of '" + shown + "' in " + directory + " ("
                    + e.getMessage() + ").");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitException("Interrupted while waiting for '" + shown + "' in " + directory + ".");
        }
    }

    private static String readAll(InputStream stream) throws IOException {
        try (InputStream in = stream) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final class StreamReader extends Thread {
        private final InputStream stream;
        private volatile String text = "";

        StreamReader(InputStream stream) {
            super("git-stderr");
            setDaemon(true);
            this.stream = stream;
        }

        @Override
        public void run() {
            try {
                text = readAll(stream);
            } catch (IOException e) {
                text = "(could not read git's error output: " + e.getMessage() + ")";
            }
        }

        String text() {
            return text;
        }
    }
}
