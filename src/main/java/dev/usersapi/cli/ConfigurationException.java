package dev.usersapi.cli;

/** A configuration the program cannot run with; its message names the option or file at fault. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
