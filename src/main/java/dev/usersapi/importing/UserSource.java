package dev.usersapi.importing;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a JSON array of users is read from: a file, a class-path resource, or any stream. Opened
 * only when read, and once per read.
 *
 * @param name how messages name it, such as the file's path
 */
public record UserSource(String name, Opener opener) {

    /** Opens the stream; the reader closes it. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static UserSource file(Path file) {
        return new UserSource(file.toString(), () -> Files.newInputStream(file));
    }

    /** A resource on the class path of {@code anchor}, such as the demo users packaged in the jar. */
    public static UserSource classPathResource(Class<?> anchor, String resource) {
        return new UserSource(resource, () -> {
            InputStream in = anchor.getResourceAsStream(resource);
            if (in == null) {
                throw new FileNotFoundException(resource + " is not on the class path");
            }
            return in;
        });
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
