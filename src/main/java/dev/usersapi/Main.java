package dev.usersapi;

import dev.usersapi.cli.ConfigurationException;
import dev.usersapi.cli.ImportCommand;
import dev.usersapi.cli.ServeCommand;
import dev.usersapi.cli.TrainingRunCommand;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code serve} (the default) and {@code import}. */
@Command(
        name = "users-api-server",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Serves the Users API (get a user, unblock a user), imports users into its store, and makes "
                + "the training run that speeds up later starts.%n"
                + "Without a command it runs 'serve'.",
        subcommands = {ServeCommand.class, ImportCommand.class, TrainingRunCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Exit status of a run that failed for a reason outside the configuration. */
    public static final int EXIT_FAILURE = 1;
    /** Exit status of a run refused for its options or files. */
    public static final int EXIT_CONFIGURATION = 2;

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (RuntimeException | Error unexpected) {
            // Exit even so: threads the failure left running (the HTTP server's) would keep the JVM alive.
            unexpected.printStackTrace();
            status = EXIT_FAILURE;
        }
        System.exit(status);
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(withDefaultCommand(args));
    }

    /** The command line as it is documented, for checks of the documentation. */
    public static CommandLine commandLineForDocumentation(PrintWriter out) {
        return commandLine(out, out);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, args) -> {
            err.println("users-api-server: " + problem.getMessage() + " (see --help)");
            return EXIT_CONFIGURATION;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parsed) -> {
            err.println("users-api-server: " + messageOf(problem));
            boolean configuration = problem instanceof ConfigurationException || problem instanceof NoSuchFileException;
            return configuration ? EXIT_CONFIGURATION : EXIT_FAILURE;
        });
        return commandLine;
    }

    private static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (!args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }

    /** A one-line description of a failure, for the console. */
    public static String messageOf(Throwable problem) {
        if (problem instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return problem.getMessage() != null ? problem.getMessage() : problem.getClass().getSimpleName();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"users-api-server " + (version != null ? version : "(development build)")};
        }
    }
}
