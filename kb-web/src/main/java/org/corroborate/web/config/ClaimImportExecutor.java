package org.corroborate.web.config;

import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.claim.imports.ClaimImportRunner;

/**
 * The container's executor that runs claim imports, {@value ClaimImportRunner#EXECUTOR}: at most
 * {@value ClaimImportRunner#AT_ONCE} at a time, the others waiting in its queue, none on a request thread. Defined here
 * because the container finds resource definitions on the web application's own classes, not in its libraries.
 */
@ManagedExecutorDefinition(name = ClaimImportRunner.EXECUTOR, maxAsync = ClaimImportRunner.AT_ONCE, hungTaskThreshold = 360_000)
@ApplicationScoped
public class ClaimImportExecutor {
}
