package io.pressflow.embedded;

import java.nio.file.Paths;

/**
 * Stands in for an application that started a registry and then dies: prints the registry's pid
 * and url, then waits to be killed. Arguments: registry home, work dir.
 */
public final class RegistryParentMain {
    private RegistryParentMain() {}

    public static void main(String[] args) throws InterruptedException {
        RegistryProcess registry = RegistryProcess.start(Paths.get(args[0]), Paths.get(args[1]));
        System.out.println("REGISTRY " + registry.pid() + " " + registry.url());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
