package dev.usersapi.support;

import java.net.URI;
import java.util.Optional;

/**
 * A running deployment to check against the contract, named by system properties:
 * <ul>
 *   <li>{@code contract.baseUrl}: the server's base URL, such as {@code https://users.example.com};</li>
 *   <li>{@code contract.writerKey}: an API key with every scope: {@code users:read}, {@code
 *       users:write} and {@code logs:read};</li>
 *   <li>{@code contract.readerKey}: an API key with {@code users:read} only;</li>
 *   <li>{@code contract.userId}: an existing user the suite may unblock (ideally a blocked one).</li>
 * </ul>
 */
record DeploymentTarget(URI baseUri, String writerKey, String readerKey, String userId) {

    static Optional<DeploymentTarget> fromSystemProperties() {
        String baseUrl = System.getProperty("contract.baseUrl");
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DeploymentTarget(
                URI.create(baseUrl.replaceAll("/+$", "")),
                required("contract.writerKey"),
                required("contract.readerKey"),
                required("contract.userId")));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("contract.baseUrl is set, so " + property + " must be set too");
        }
        return value;
    }
}
