package io.pressflow.registry;

/**
 * A schema registry call failed. Carries the HTTP status and the registry's own error code and
 * message, so that callers can tell "not found" from "incompatible" from "registry down".
 */
public class SchemaRegistryException extends RuntimeException {
    /** Status used when no HTTP answer arrived at all (connection refused, timeout). */
    public static final int NO_RESPONSE = -1;

    private final int status;
    private final int errorCode;
    private final String registryMessage;

    public SchemaRegistryException(String request, int status, int errorCode, String registryMessage) {
        super(request + " -> HTTP " + status + ", error_code " + errorCode + ": " + registryMessage);
        this.status = status;
        this.errorCode = errorCode;
        this.registryMessage = registryMessage;
    }

    public SchemaRegistryException(String request, String reason, Throwable cause) {
        super(request + " -> no answer: " + reason, cause);
        this.status = NO_RESPONSE;
        this.errorCode = NO_RESPONSE;
        this.registryMessage = reason;
    }

    /** HTTP status, or {@link #NO_RESPONSE}. */
    public int status() { return status; }

    /** The registry's error_code (Confluent: 40401 subject, 40402 version, 40403 schema not found, 409 incompatible). */
    public int errorCode() { return errorCode; }

    /** The registry's message, as it sent it. */
    public String registryMessage() { return registryMessage; }

    public boolean isNotFound() { return status == 404; }

    /** The registry refused a schema as incompatible with the subject's compatibility rule. */
    public boolean isIncompatible() { return status == 409; }

    /** The registry could not be reached or failed on its side: worth retrying, not the data's fault. */
    public boolean isTransient() { return status == NO_RESPONSE || status >= 500; }
}
