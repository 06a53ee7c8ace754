package org.corroborate.web.config;

import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.corroborate.service.source.text.PdfJobRunner;

/**
 * The container's executor that reads uploaded PDFs, {@value PdfJobRunner#EXECUTOR}: at most
 * {@value PdfJobRunner#AT_ONCE} at a time, the others waiting in its queue. Defined here because the container
 * finds resource definitions on the web application's own classes, not in its libraries.
 */
@ManagedExecutorDefinition(name = PdfJobRunner.EXECUTOR, maxAsync = PdfJobRunner.AT_ONCE, hungTaskThreshold = 120_000)
@ApplicationScoped
public class PdfReadingExecutor {
}
