package dev.usersapi.cli;

import java.nio.file.NoSuchFileException;

/** The exit statuses of the command line, and the one-line account of a failure it prints. */
public final class ExitStatus {

    /** A run that failed for a reason outside the configuration. */
    public static final int FAILURE = 1;
    /** A run refused for its options or files. */
    public static final int CONFIGURATION = 2;

    private ExitStatus() {}

    /** The status a command that failed with this exception exits with. */
    public static int of(Throwable failure) {
        return failure instanceof ConfigurationException || failure instanceof NoSuchFileException
                ? CONFIGURATION
                : FAILURE;
    }

    /** A one-line description of a failure, for the console. */
    public static String messageOf(Throwable problem) {
        if (problem instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return problem.getMessage() != null
                ? problem.getMessage()
                : problem.getClass().getSimpleName();
    }
}
