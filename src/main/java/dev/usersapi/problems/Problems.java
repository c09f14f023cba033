package dev.usersapi.problems;

import dev.usersapi.generated.model.ProblemDetails;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Builds problem responses. Only type, title, status and detail are set here; the request id and
 * instance are added to every problem in one place, {@link RequestIdFilter}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Problems() {}

    public static ProblemDetails of(ProblemType type, String detail) {
        return new ProblemDetails()
                .type(type.typeUri())
                .title(type.title())
                .status(type.status())
                .detail(detail);
    }

    public static ProblemDetails ofStatus(int status, String detail) {
        return new ProblemDetails()
                .type(ProblemType.genericTypeUri(status))
                .title(ProblemType.genericTitle(status))
                .status(status)
                .detail(detail);
    }

    /** A problem response, with a reason phrase also for statuses Grizzly has none for (such as 422). */
    public static Response.ResponseBuilder response(int status, Object problem) {
        Response.StatusType statusType = new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(status);
            }

            @Override
            public String getReasonPhrase() {
                return ProblemType.genericTitle(status);
            }
        };
        return Response.status(statusType).type(MEDIA_TYPE_TYPE).entity(problem);
    }
}
