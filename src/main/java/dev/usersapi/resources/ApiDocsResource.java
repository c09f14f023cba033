package dev.usersapi.resources;

import dev.usersapi.http.auth.OperationScopes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the API documentation, without an API key: the contract itself at {@code /openapi.yaml}
 * (the very bytes of {@code api/openapi.yaml}), and Swagger UI at {@code /docs/}, from the
 * {@code org.webjars:swagger-ui} jar, with its page and initializer replaced by this server's own
 * ({@code src/main/resources/docs/}) so that it loads {@code /openapi.yaml} and sends "Try it
 * out" requests to this server.
 *
 * <p>Files are read from the class path once and kept, with a SHA-256 ETag; clients revalidate
 * ({@code Cache-Control: no-cache}) and get a 304 while nothing changed; a failed {@code If-Match}
 * is a 412 problem. HEAD comes from Jersey; unknown files, other methods and malformed names get
 * the server's usual problem documents.
 */
@Path("/")
public final class ApiDocsResource {

    private static final String OWN_FILES_ROOT = "/docs/";
    private static final Set<String> OWN_FILES = Set.of("index.html", "swagger-initializer.js");
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String WEBJAR_FILES_ROOT = "/META-INF/resources/webjars/swagger-ui/%s/";
    /** Swagger UI's files are all at the top of the webjar: a name is one path segment, no dot first. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "png", "image/png",
            "txt", "text/plain;charset=UTF-8",
            "yaml", "application/yaml");
    private static final CacheControl REVALIDATE = revalidateEveryTime();

    private final String webjarRoot = WEBJAR_FILES_ROOT.formatted(swaggerUiVersion());
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();

    @GET
    @Path("openapi.yaml")
    public Response contract(@Context Request request) {
        return send(
                asset(OperationScopes.CONTRACT_RESOURCE)
                        .orElseThrow(() -> new IllegalStateException("the contract is not on the class path")),
                request);
    }

    /** {@code /docs} moves to {@code /docs/}, so that the page's relative links resolve under it. */
    @GET
    @Path("docs")
    public Response page(@Context Request request, @Context UriInfo uri) {
        if (!uri.getAbsolutePath().getRawPath().endsWith("/")) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("docs/"))
                    .build();
        }
        return swaggerUi("index.html", request);
    }

    @GET
    @Path("docs/{file}")
    public Response swaggerUi(@PathParam("file") String name, @Context Request request) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new NotFoundException();
        }
        String path = (OWN_FILES.contains(name) ? OWN_FILES_ROOT : webjarRoot) + name;
        return send(asset(path).orElseThrow(NotFoundException::new), request);
    }

    /** {@code Cache-Control: no-cache}: clients may keep a copy but revalidate it (by its ETag) every time. */
    private static CacheControl revalidateEveryTime() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoCache(true);
        cacheControl.setNoTransform(false);
        return cacheControl;
    }

    private static Response send(Asset asset, Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(asset.etag());
        Response.ResponseBuilder answer = notModified != null
                ? notModified
                : Response.ok(asset.bytes(), asset.mediaType())
                        .tag(asset.etag())
                        .header(HttpHeaders.CONTENT_LENGTH, asset.bytes().length);
        return answer.cacheControl(REVALIDATE)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Optional<Asset> asset(String path) {
        Asset known = assets.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        // Only files that exist are kept, so the cache is bounded by what the jars hold.
        return read(path).map(bytes -> assets.computeIfAbsent(path, p -> Asset.of(p, bytes)));
    }

    private static Optional<byte[]> read(String path) {
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String swaggerUiVersion() {
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Swagger UI webjar is not on the class path");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A file as served: its bytes, media type (by extension) and entity tag (a SHA-256 of the bytes). */
    private record Asset(byte[] bytes, String mediaType, EntityTag etag) {

        static Asset of(String path, byte[] bytes) {
            String extension = path.substring(path.lastIndexOf('.') + 1);
            String mediaType = MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
            return new Asset(bytes, mediaType, new EntityTag(sha256(bytes)));
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
