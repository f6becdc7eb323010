package org.safepassage.desk.vetting;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.safepassage.desk.DeskSettings;
import org.safepassage.vetting.run.WeightsFile;
import org.springframework.stereotype.Component;

/**
 * The weights the desk vets with: the same linkage model and signal weights as {@code vet}, from
 * the operator's weights file when one is set ({@code --weights}), otherwise the built-in model.
 * Read once at start: a bad file stops the desk with what is wrong in it.
 */
@Component
public class VettingWeights {

    private final WeightsFile weights;

    public VettingWeights(DeskSettings settings) {
        try {
            this.weights = settings.weights() == null ? WeightsFile.defaults() : WeightsFile.read(settings.weights());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the weights file " + settings.weights(), e);
        }
    }

    public WeightsFile get() {
        return weights;
    }
}
