package dev.usersapi.contract;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link RenderedUser} as it is, with its {@code ETag}; Jersey prefers it to the general
 * JSON writer for that type. The header is set here, before the first byte of the body, rather
 * than by a filter, so that no other response pays for it.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class RenderedUserWriter implements MessageBodyWriter<RenderedUser> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RenderedUser.class.isAssignableFrom(type);
    }

    @Override
    public long getSize(
            RenderedUser user, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return user.json().length;
    }

    @Override
    public void writeTo(
            RenderedUser user,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        httpHeaders.putSingle(HttpHeaders.ETAG, user.entityTag());
        entityStream.write(user.json());
    }
}
