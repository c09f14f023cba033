package dev.usersapi.server;

import dev.usersapi.http.Problems;
import dev.usersapi.http.RequestIdFilter;
import dev.usersapi.http.RequestIds;
import java.io.IOException;
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
 * Swaps Grizzly's HTTP/1.1 codec for one that fixes three things at the protocol level:
 * <ul>
 *   <li>{@code Upgrade: h2c}, which Java's {@code HttpClient} sends by default, is ignored, as
 *   RFC 9110 allows. Grizzly's codec would treat the request as an upgrade it never performs: it
 *   leaves out {@code Content-Type}, stops framing request bodies and closes the connection.</li>
 *   <li>Requests the codec rejects itself (headers too large, bad request line, unsupported HTTP
 *   version) get a problem document instead of an empty body.</li>
 *   <li>While the server drains before it stops, every response carries {@code Connection: close}
 *   and closes its connection, so clients stop sending on connections that are about to close
 *   (see {@link ConnectionDrain}).</li>
 * </ul>
 * It builds on protected hooks of Grizzly's codec; recheck it when upgrading Grizzly
 * ({@code JavaHttpClientTest}, {@code MalformedRequestTest}, {@code GracefulStopTest} and {@code TlsTest} cover it).
 */
final class HttpCodecFixes implements AddOn {

    private final ConnectionDrain drain;

    HttpCodecFixes(ConnectionDrain drain) {
        this.drain = drain;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        HttpServerFilter original = (HttpServerFilter) builder.get(index);
        int maxHeaderSize = listener.getMaxHttpHeaderSize() == -1
                ? HttpServerFilter.DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE : listener.getMaxHttpHeaderSize();
        FixedCodec fixed = new FixedCodec(drain, listener.isChunkingEnabled(), maxHeaderSize,
                original.getDefaultResponseContentType(), listener.getKeepAlive(),
                listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
        for (ContentEncoding encoding : original.getContentEncodings()) {
            fixed.addContentEncoding(encoding);
        }
        fixed.setAllowPayloadForUndefinedHttpMethods(original.isAllowPayloadForUndefinedHttpMethods());
        fixed.setMaxPayloadRemainderToSkip(original.getMaxPayloadRemainderToSkip());
        fixed.setRemoveHandledContentEncodingHeaders(original.isRemoveHandledContentEncodingHeaders());
        fixed.setPreserveHeaderCase(original.isPreserveHeaderCase());
        fixed.getMonitoringConfig().addProbes(original.getMonitoringConfig().getProbes());
        builder.set(index, fixed);
    }

    static final class FixedCodec extends HttpServerFilter {

        private static final String REJECTION_REASON = FixedCodec.class.getName() + ".reason";

        private final ConnectionDrain drain;

        @SuppressWarnings("deprecation")
        FixedCodec(ConnectionDrain drain, boolean chunking, int maxHeaderSize, String defaultContentType, KeepAlive keepAlive,
                   int maxRequestHeaders, int maxResponseHeaders) {
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
            if (header.isRequest() && "h2c".equalsIgnoreCase(header.getUpgrade().trim())) {
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
            for (String token : connection.toString().split(",")) {
                String option = token.trim();
                if (!option.isEmpty() && !option.equalsIgnoreCase("upgrade") && !option.equalsIgnoreCase("http2-settings")) {
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
        protected void onHttpHeaderError(HttpHeader header, FilterChainContext context, Throwable cause) throws IOException {
            if (cause != null && cause.getMessage() != null) {
                header.getAttributes().setAttribute(REJECTION_REASON, cause.getMessage());
            }
            super.onHttpHeaderError(header, context, cause);
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            int status = response.getStatus();
            String requestId = RequestIds.newId();
            byte[] body = ProtocolErrorBodies.problem(status, detailFor(response, status), requestId);
            // Set directly: the usual Content-Type handling is skipped when the request line was unreadable.
            response.getHeaders().setValue(Header.ContentType).setString(Problems.MEDIA_TYPE);
            response.getHeaders().setValue(RequestIdFilter.HEADER).setString(requestId);
            response.setContentLength(body.length);
            return HttpContent.builder(response)
                    .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                    .last(true)
                    .build();
        }

        private static String detailFor(HttpResponsePacket response, int status) {
            if (status == 505) {
                return "The request line is malformed or names an HTTP version this server does not speak.";
            }
            Object reason = response.getRequest() == null
                    ? null : response.getRequest().getAttributes().getAttribute(REJECTION_REASON);
            return reason == null || "Bad HTTP headers".equals(reason)
                    ? "The request line or headers are malformed." : "The request was refused: " + reason;
        }
    }
}
