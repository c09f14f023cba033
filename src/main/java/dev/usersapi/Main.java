package dev.usersapi;

import dev.usersapi.cli.ExitStatus;
import dev.usersapi.cli.ImportCommand;
import dev.usersapi.cli.ServeCommand;
import dev.usersapi.cli.TrainingRunCommand;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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
        subcommands = {ServeCommand.class, ImportCommand.class, TrainingRunCommand.class, CommandLine.HelpCommand.class
        })
public final class Main {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {}

    public static void main(String[] args) {
        int status;
        try {
            status = run(
                    args,
                    new PrintWriter(System.out, true, Charset.defaultCharset()),
                    new PrintWriter(System.err, true, Charset.defaultCharset()));
        } catch (RuntimeException | Error unexpected) {
            // Exit even so: threads the failure left running (the HTTP server's) would keep the JVM alive.
            unexpected.printStackTrace();
            status = ExitStatus.FAILURE;
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
            return ExitStatus.CONFIGURATION;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parsed) -> {
            err.println("users-api-server: " + ExitStatus.messageOf(problem));
            return ExitStatus.of(problem);
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

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"users-api-server " + (version != null ? version : "(development build)")};
        }
    }
}
