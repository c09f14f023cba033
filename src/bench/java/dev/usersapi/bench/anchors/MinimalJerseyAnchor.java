package dev.usersapi.bench.anchors;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The upper anchor of the request-path benchmark: the same work as {@link BareGrizzlyAnchor} in
 * the smallest Jersey application on Grizzly, built the way the server builds its own
 * ({@code GrizzlyHttpServerFactory}, auto-discovery, META-INF/services lookup and WADL off, a
 * {@link JacksonJsonProvider}): one resource class whose methods check X-API-KEY, touch the map and
 * return the user, which Jackson writes. No filters, no validation, no exception mappers.
 *
 * <p>Usage: {@code MinimalJerseyAnchor --port N --users FILE --api-key SECRET}. Prints
 * {@code READY http://127.0.0.1:PORT/} once it listens, and runs until terminated.
 */
public final class MinimalJerseyAnchor {

    private MinimalJerseyAnchor() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        UnblockWork.Options options = UnblockWork.Options.parse("MinimalJerseyAnchor", args);
        var mapper = BenchUsers.mapper();
        UnblockWork work = UnblockWork.load(options, mapper);
        ResourceConfig application = new ResourceConfig()
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(new JacksonJsonProvider(mapper))
                .register(new UsersResource(work));
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + options.port() + "/"), application, true);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "shutdown"));
        int port = server.getListeners().iterator().next().getPort();
        System.out.println("READY http://127.0.0.1:" + port + "/ users=" + work.userCount());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** The two operations. */
    @Path("/api/users/{user_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class UsersResource {

        private final UnblockWork work;

        UsersResource(UnblockWork work) {
            this.work = work;
        }

        @GET
        public AnchorUser getUser(@PathParam("user_id") String userId, @HeaderParam("X-API-KEY") String key) {
            checkKey(key);
            return found(work.find(userId));
        }

        @POST
        @Path("unblock")
        public AnchorUser unblockUser(@PathParam("user_id") String userId, @HeaderParam("X-API-KEY") String key) {
            checkKey(key);
            return found(work.unblock(userId));
        }

        private void checkKey(String key) {
            if (!work.keyMatches(key)) {
                throw new NotAuthorizedException("ApiKey");
            }
        }

        private static AnchorUser found(AnchorUser user) {
            if (user == null) {
                throw new NotFoundException();
            }
            return user;
        }
    }
}
