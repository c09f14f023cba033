package dev.usersapi.contract;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes a {@link RenderedUserPage} as a JSON array of its users' documents, as they are. */
@Produces(MediaType.APPLICATION_JSON)
public final class RenderedUserPageWriter implements MessageBodyWriter<RenderedUserPage> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RenderedUserPage.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            RenderedUserPage page,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        entityStream.write('[');
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                entityStream.write(',');
            }
            entityStream.write(page.get(i).json());
        }
        entityStream.write(']');
    }
}
