package dev.usersapi.server.edge;

import dev.usersapi.contract.RequestIds;
import dev.usersapi.problems.ProtocolErrorBodies;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Stands in front of Grizzly's HTTP codec and hands it one whole, checked request at a time.
 *
 * <p>Grizzly's parser is lenient: it frames by {@code Transfer-Encoding} when {@code Content-Length}
 * is also present, accepts whitespace before a colon, folded lines, bare line ends and malformed
 * chunks, and lets trailer fields act as headers. Behind a proxy that reads such a request
 * differently, that is request smuggling. This filter reads every request to its end with
 * {@link RequestFramer} first, and refuses anything ambiguous with a problem document and
 * {@code Connection: close}, so the codec never sees a byte it could misread. A refused
 * connection is closed once the answer is written, and whatever else arrives on it is dropped.
 *
 * <p>Holding the body back until it is complete would keep a client that sent
 * {@code Expect: 100-continue} waiting, so this filter sends the interim {@code 100 Continue} itself
 * (the codec sends none when the body arrives with the head).
 */
public final class StrictFramingFilter extends BaseFilter {

    private static final Attribute<ConnectionState> STATE =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(StrictFramingFilter.class.getName() + ".state");
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final RefusalLog log = new RefusalLog();

    @Override
    public NextAction handleRead(FilterChainContext context) throws IOException {
        ConnectionState state = stateOf(context.getConnection());
        Buffer buffer = context.getMessage();
        if (state.refused) {
            buffer.tryDispose();
            return context.getStopAction();
        }
        RequestFramer framer = state.framer;
        RequestFramer.Progress progress;
        try {
            progress = framer.scan(buffer);
        } catch (RefusedException refused) {
            buffer.tryDispose();
            refuse(
                    context,
                    state,
                    new Refusal(refused.status(), refused.detail(), ProtocolErrorBodies.echoablePath(framer.path())));
            return context.getStopAction();
        }
        if (progress == RequestFramer.Progress.NEED_MORE) {
            if (framer.awaitsContinue() && !state.continueSent) {
                state.continueSent = true;
                context.write(Buffers.wrap(context.getMemoryManager(), CONTINUE));
            }
            return context.getStopAction(buffer);
        }
        return passOn(context, state, buffer);
    }

    /** Hands the complete request on, and keeps what follows it for the next round. */
    private static NextAction passOn(FilterChainContext context, ConnectionState state, Buffer buffer) {
        RequestFramer framer = state.framer;
        int length = framer.length();
        Buffer following = null;
        if (buffer.remaining() > length) {
            following = buffer.split(buffer.position() + length);
        }
        // A request that came in several reads is held in a buffer made of several; Grizzly's codec
        // misreads a chunked body across such a buffer's parts (it takes bytes of the body for the
        // start of the next request), so it gets a buffer of its own then, as when it is edited.
        Buffer request = framer.edits().isEmpty() && !buffer.isComposite()
                ? buffer
                : framer.edits().applyTo(buffer, context.getMemoryManager());
        framer.reset();
        state.continueSent = false;
        context.setMessage(request);
        // The chain runs this filter again on what follows once the codec has handled this request.
        return context.getInvokeAction(following);
    }

    @SuppressWarnings("rawtypes") // FilterChainContext.write takes a CompletionHandler of the raw WriteResult
    private void refuse(FilterChainContext context, ConnectionState state, Refusal refusal) {
        state.refused = true;
        Connection<?> connection = context.getConnection();
        log.refused(connection.getPeerAddress() instanceof SocketAddress peer ? peer : null, refusal);
        byte[] response = RefusalResponse.bytes(refusal, RequestIds.newId(), !state.framer.isHead());
        context.write(Buffers.wrap(context.getMemoryManager(), response), new EmptyCompletionHandler<WriteResult>() {
            @Override
            public void completed(WriteResult result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable error) {
                connection.closeSilently();
            }
        });
    }

    private static ConnectionState stateOf(Connection<?> connection) {
        ConnectionState state = STATE.get(connection);
        if (state == null) {
            state = new ConnectionState();
            STATE.set(connection, state);
        }
        return state;
    }

    /** What this filter knows of one connection. */
    private static final class ConnectionState {
        final RequestFramer framer = new RequestFramer();
        boolean continueSent;
        boolean refused;
    }
}
