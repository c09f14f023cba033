package dev.usersapi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The README's options table and the command line cannot drift apart: they are compared here. */
class ReadmeOptionsTest {

    private static final Pattern ENV_DEFAULT = Pattern.compile("\\$\\{env:([A-Z0-9_]+)");
    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\| `(--[a-z0-9-]+)[^`]*`[^|]*\\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyOptionOfEveryCommandIsInTheReadmeWithItsEnvironmentVariableAndNothingElseIs() throws Exception {
        assertEquals(optionsOfTheCommandLine(), optionsInTheReadme());
    }

    private static Map<String, String> optionsOfTheCommandLine() {
        Map<String, String> options = new TreeMap<>();
        CommandLine main = Main.commandLineForDocumentation(new PrintWriter(new StringWriter()));
        for (CommandLine command : main.getSubcommands().values()) {
            List<Object> declaringObjects = new ArrayList<>();
            declaringObjects.add(command.getCommandSpec().userObject());
            command.getCommandSpec().mixins().values().forEach(mixin -> declaringObjects.add(mixin.userObject()));
            for (Object declaring : declaringObjects) {
                for (Field field : declaring.getClass().getDeclaredFields()) {
                    Option option = field.getAnnotation(Option.class);
                    if (option == null || option.usageHelp() || option.versionHelp()) {
                        continue;
                    }
                    String name = longest(option.names());
                    // The annotation's text, before picocli substitutes the variables in it.
                    Matcher env = ENV_DEFAULT.matcher(option.defaultValue());
                    assertTrue(env.find(), name + " of " + command.getCommandName() + " has no environment variable");
                    options.put(name, env.group(1));
                }
            }
        }
        return options;
    }

    private static String longest(String[] names) {
        String longest = names[0];
        for (String name : names) {
            if (name.length() > longest.length()) {
                longest = name;
            }
        }
        return longest;
    }

    private static Map<String, String> optionsInTheReadme() throws Exception {
        Map<String, String> options = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            options.put(row.group(1), row.group(2));
        }
        return options;
    }
}
