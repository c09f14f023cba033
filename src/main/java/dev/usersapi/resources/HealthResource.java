package dev.usersapi.resources;

import dev.usersapi.generated.api.HealthApi;
import dev.usersapi.generated.model.HealthStatus;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.repository.UserAccounts;

/** Liveness (the process serves HTTP) and readiness (the user store answers too). */
public final class HealthResource implements HealthApi {

    private final UserAccounts repository;

    public HealthResource(UserAccounts repository) {
        this.repository = repository;
    }

    @Override
    public HealthStatus getLiveness() {
        return up();
    }

    @Override
    public HealthStatus getReadiness() {
        if (!repository.isAvailable()) {
            throw new StoreUnavailableException("the readiness check could not reach the user store");
        }
        return up();
    }

    private static HealthStatus up() {
        return new HealthStatus().status(HealthStatus.StatusEnum.UP);
    }
}
