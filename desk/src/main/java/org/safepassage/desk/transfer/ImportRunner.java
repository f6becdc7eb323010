package org.safepassage.desk.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a batch uploaded on the Batches page away from the request, one at a time, so that a batch of
 * twenty thousand registrations does not hold a browser waiting: the page follows it as long work
 * and shows how it ended. The uploaded file is deleted once the import is over, whatever the outcome.
 */
@Component
public class ImportRunner implements DisposableBean {

    private final BatchImport batchImport;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "desk-import");
        thread.setDaemon(true);
        return thread;
    });

    public ImportRunner(BatchImport batchImport) {
        this.batchImport = batchImport;
    }

    public Future<ImportResult> submit(Path file, String actor) {
        return worker.submit(() -> {
            try {
                return batchImport.importBatch(file, actor);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("the uploaded batch could not be deleted after its import", e);
                }
            }
        });
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
