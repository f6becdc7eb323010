package org.safepassage.vetting.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.safepassage.vetting.assess.SignalWeights;
import org.safepassage.vetting.link.LinkageModel;

/**
 * A weights file ({@code --weights}): one properties file for both models. A key with a dot is a
 * level of the linkage model ({@code nationalId.conflict=-16}, {@code pair.margin=2}); a key
 * without one is a signal's weight ({@code template=0.9}, {@code suspectRisk=0.7}). What the file
 * leaves out keeps its default; an unknown key is an error naming it and the file.
 */
public record WeightsFile(SignalWeights signals, LinkageModel linkage) {

    public static WeightsFile defaults() {
        return new WeightsFile(SignalWeights.defaults(), LinkageModel.defaults());
    }

    public static WeightsFile read(Path file) throws IOException {
        Properties all = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.load(reader);
        }
        Properties signals = new Properties();
        Properties linkage = new Properties();
        for (String key : all.stringPropertyNames()) {
            (key.contains(".") ? linkage : signals).setProperty(key, all.getProperty(key));
        }
        return new WeightsFile(SignalWeights.of(signals, file.toString()), LinkageModel.defaults().with(linkage, file.toString()));
    }
}
