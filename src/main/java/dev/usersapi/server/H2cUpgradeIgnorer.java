package dev.usersapi.server;

import org.glassfish.grizzly.http.server.NetworkListener;

final class H2cUpgradeIgnorer {
    private H2cUpgradeIgnorer() {
    }

    static void install(NetworkListener listener) {
    }
}
