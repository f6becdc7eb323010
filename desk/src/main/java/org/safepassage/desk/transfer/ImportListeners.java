package org.safepassage.desk.transfer;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every {@link ImportListener}, told in turn by the imports; a failing listener is logged and loses nothing stored. */
@Component
public class ImportListeners {

    private static final Logger log = LoggerFactory.getLogger(ImportListeners.class);

    private final List<ImportListener> listeners;

    public ImportListeners(List<ImportListener> listeners) {
        this.listeners = listeners;
    }

    /**
     * @param importName what was imported, for the log ("batch b-…", "packets from FILE")
     * @param news       what to tell each listener
     */
    public void tell(String importName, Consumer<ImportListener> news) {
        for (ImportListener listener : listeners) {
            try {
                news.accept(listener);
            } catch (RuntimeException e) {
                log.warn("After the import of {}: {} failed ({}); the registrations are imported",
                        importName, listener.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
