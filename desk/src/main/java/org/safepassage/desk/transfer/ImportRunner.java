package org.safepassage.desk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a batch or a partner's list uploaded on the Batches page away from the request, one at a
 * time, so that a batch of twenty thousand registrations does not hold a browser waiting: the page
 * follows it as long work and shows how it ended. The uploaded file is deleted once the import is
 * over, whatever the outcome.
 */
@Component
public class ImportRunner implements DisposableBean {

    private final BatchImport batchImport;
    private final PartnerListImport listImport;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-import");
        thread.setDaemon(true);
        return thread;
    });

    public ImportRunner(BatchImport batchImport, PartnerListImport listImport) {
        this.batchImport = batchImport;
        this.listImport = listImport;
    }

    public Future<ImportResult> submit(Path file, String actor) {
        return worker.submit(() -> deleting(file, () -> batchImport.importBatch(file, actor)));
    }

    /** A partner's list uploaded as {@code shownName}, imported under the list's name (see {@link PartnerListImport}). */
    public Future<ListImportResult> submitList(Path file, String shownName, String list, ListTerms terms, String actor) {
        return worker.submit(() -> deleting(file, () -> listImport.importList(file, shownName, list, terms, actor)));
    }

    private static <T> T deleting(Path file, Callable<T> importing) throws Exception {
        try {
            return importing.call();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("the uploaded file could not be deleted after its import", e);
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
