package dev.usersapi.server;

import dev.usersapi.contract.RequestIds;
import dev.usersapi.problems.Problems;
import dev.usersapi.problems.ProtocolErrorBodies;
import dev.usersapi.server.edge.StrictFramingFilter;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.KeepAlive;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Puts {@link StrictFramingFilter} in front of Grizzly's HTTP/1.1 codec, so the codec only ever
 * reads whole requests checked strictly, and swaps the codec for one that fixes three things at
 * the protocol level:
 * <ul>
 *   <li>{@code Upgrade} is ignored, as RFC 9110 allows: this server upgrades to nothing (Java's
 *   {@code HttpClient} sends {@code Upgrade: h2c} by default). Grizzly's codec would treat the
 *   request as an upgrade it never performs: it leaves out {@code Content-Type}, stops framing
 *   request bodies and closes the connection.</li>
 *   <li>Requests the codec still rejects itself get a problem document in the server's own words
 *   instead of an empty body or the library's message.</li>
 *   <li>While the server drains before it stops, every response carries {@code Connection: close}
 *   and closes its connection, so clients stop sending on connections that are about to close
 *   (see {@link ConnectionDrain}).</li>
 * </ul>
 * It builds on protected hooks of Grizzly's codec; recheck it when upgrading Grizzly
 * ({@code JavaHttpClientTest}, {@code MalformedRequestTest}, {@code GracefulStopTest} and {@code TlsTest} cover it).
 */
final class HttpCodecFixes implements AddOn {

    private static final int CODEC_MAX_HEADER_BYTES = 64 * 1024;
    private static final int CODEC_MAX_HEADER_FIELDS = 200;

    private final ConnectionDrain drain;

    HttpCodecFixes(ConnectionDrain drain) {
        this.drain = drain;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        HttpServerFilter original = (HttpServerFilter) builder.get(index);
        // The framing filter enforces the contract's limits (and answers 414 and 431 for them);
        // the codec's own must lie beyond, or it would refuse first with a plain 400.
        FixedCodec fixed = new FixedCodec(
                drain,
                listener.isChunkingEnabled(),
                CODEC_MAX_HEADER_BYTES,
                original.getDefaultResponseContentType(),
                listener.getKeepAlive(),
                CODEC_MAX_HEADER_FIELDS,
                listener.getMaxResponseHeaders());
        for (ContentEncoding encoding : original.getContentEncodings()) {
            fixed.addContentEncoding(encoding);
        }
        // Bodies of GET, HEAD and DELETE are framed by Content-Length like any other and ignored;
        // refused, the codec would answer 400 without reading the body, leaving it to be read as
        // the next request.
        fixed.setAllowPayloadForUndefinedHttpMethods(true);
        fixed.setMaxPayloadRemainderToSkip(original.getMaxPayloadRemainderToSkip());
        fixed.setRemoveHandledContentEncodingHeaders(original.isRemoveHandledContentEncodingHeaders());
        fixed.setPreserveHeaderCase(original.isPreserveHeaderCase());
        fixed.getMonitoringConfig().addProbes(original.getMonitoringConfig().getProbes());
        builder.set(index, fixed);
        builder.add(index, new StrictFramingFilter());
    }

    static final class FixedCodec extends HttpServerFilter {

        private final ConnectionDrain drain;

        @SuppressWarnings("deprecation")
        FixedCodec(
                ConnectionDrain drain,
                boolean chunking,
                int maxHeaderSize,
                String defaultContentType,
                KeepAlive keepAlive,
                int maxRequestHeaders,
                int maxResponseHeaders) {
            super(chunking, maxHeaderSize, defaultContentType, keepAlive, null, maxRequestHeaders, maxResponseHeaders);
            this.drain = drain;
        }

        @Override
        protected Buffer encodeHttpPacket(FilterChainContext context, HttpPacket packet) {
            if (drain.isDraining()) {
                HttpHeader header = packet.isHeader() ? (HttpHeader) packet : ((HttpContent) packet).getHttpHeader();
                if (!header.isCommitted()) {
                    // The codec then sends Connection: close and closes the connection after the response.
                    header.getProcessingState().setKeepAlive(false);
                }
            }
            return super.encodeHttpPacket(context, packet);
        }

        @Override
        protected void onIncomingUpgrade(FilterChainContext context, HttpHeader header) {
            if (header.isRequest()) {
                forgetUpgrade(header);
                return;
            }
            super.onIncomingUpgrade(context, header);
        }

        private static void forgetUpgrade(HttpHeader header) {
            header.getUpgradeDC().recycle();
            MimeHeaders headers = header.getHeaders();
            headers.removeHeader(Header.Upgrade);
            headers.removeHeader("HTTP2-Settings");
            DataChunk connection = headers.getValue(Header.Connection);
            if (connection == null) {
                return;
            }
            StringBuilder kept = new StringBuilder();
            for (String token : connection.toString().split(",", -1)) {
                String option = token.trim();
                if (!option.isEmpty()
                        && !option.equalsIgnoreCase("upgrade")
                        && !option.equalsIgnoreCase("http2-settings")) {
                    kept.append(kept.length() == 0 ? "" : ", ").append(option);
                }
            }
            if (kept.length() == 0) {
                headers.removeHeader(Header.Connection);
            } else {
                connection.setString(kept.toString());
            }
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            int status = response.getStatus();
            String requestId = RequestIds.newId();
            byte[] body = ProtocolErrorBodies.problem(status, detailFor(status), instanceOf(response), requestId);
            // Set directly: the usual Content-Type handling is skipped when the request line was unreadable.
            response.getHeaders().setValue(Header.ContentType).setString(Problems.MEDIA_TYPE);
            response.getHeaders().setValue(RequestIds.HEADER).setString(requestId);
            response.setContentLength(body.length);
            return HttpContent.builder(response)
                    .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                    .last(true)
                    .build();
        }

        private static String detailFor(int status) {
            if (status == 505) {
                return "This server speaks HTTP/1.1 and HTTP/1.0 only.";
            }
            if (status >= 500) {
                return "The server could not read the request.";
            }
            return "The request line or headers are malformed.";
        }

        private static String instanceOf(HttpResponsePacket response) {
            if (response.getRequest() == null || response.getRequest().getRequestURIRef() == null) {
                return ProtocolErrorBodies.UNKNOWN_INSTANCE;
            }
            return ProtocolErrorBodies.echoablePath(
                    response.getRequest().getRequestURIRef().getURI());
        }
    }
}
