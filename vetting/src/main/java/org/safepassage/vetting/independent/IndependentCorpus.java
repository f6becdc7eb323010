package org.safepassage.vetting.independent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.safepassage.vetting.run.CorpusFiles;

/**
 * A second corpus of registrations with known truth, made independently of
 * {@link org.safepassage.vetting.generate.Generator}: its own name pools (with their sounds, from
 * which its own Latin spellings are made), its own way of writing (channels, partner lists with
 * blanks as "", digits in any script, compounds, titles, swaps, keyboard slips), its own services
 * (units and ranks in Persian, Latin letters and English) and its own campaign playbooks. A change
 * to vetting is judged on both corpora: one that helps one and hurts the other is not taken.
 */
public final class IndependentCorpus {

    private final Random random;
    /** Where people serve and how registrations write it: a stream of its own, added after the rest. */
    private final Random postings;
    private final double plantedShare;

    /** @param plantedShare the share of all registrations that are planted, in [0, 1) */
    public IndependentCorpus(long seed, double plantedShare) {
        if (!(plantedShare >= 0 && plantedShare < 1)) {
            throw new IllegalArgumentException("the planted share must be at least 0 and below 1, not " + plantedShare);
        }
        this.random = new Random(seed);
        this.postings = new Random(seed ^ 0x50524F56494E4345L);
        this.plantedShare = plantedShare;
    }

    private record Entry(Map<String, Object> registration, String person, String campaign, String style) {
    }

    /** Writes {@code registrations.jsonl} and {@code truth.jsonl} for {@code persons} genuine people; returns the number written. */
    public int write(int persons, Path dir) throws IOException {
        Pools pools = Pools.load();
        People people = new People(pools, random, postings);
        Renderer renderer = new Renderer(random, postings);
        Timeline timeline = new Timeline(random);
        List<Invented> genuine = people.invent(persons, "g-");
        List<Entry> entries = new ArrayList<>();
        for (Invented person : genuine) {
            int copies = person.anonymous() ? 1 : copies();
            String when = timeline.genuineHour();
            String narrative = null;
            for (int c = 0; c < copies; c++) {
                Map<String, Object> r = renderer.render(person, c, narrative, when, renderer.manner());
                narrative = r.get("narrative") instanceof String text && !text.isEmpty() ? text : null;
                entries.add(new Entry(r, person.id(), null, null));
                when = timeline.later(when);
            }
        }
        int planted = (int) Math.round(entries.size() * plantedShare / (1 - plantedShare));
        if (planted > 0) {
            for (Playbooks.Planted p : new Playbooks(people, renderer, timeline, random).plant(planted, genuine)) {
                entries.add(new Entry(p.registration(), p.person(), p.campaign(), p.style()));
            }
        }
        Collections.shuffle(entries, random);
        entries.sort(Comparator.comparing(e -> (String) e.registration().get("receivedAt")));
        try (CorpusFiles files = CorpusFiles.create(dir)) {
            int sequence = 0;
            for (Entry entry : entries) {
                String id = String.format("s-%07d", ++sequence);
                entry.registration().put("id", id);
                files.write(entry.registration(), id, entry.person(), entry.style() != null, entry.campaign(), entry.style());
            }
        }
        return entries.size();
    }

    private int copies() {
        double roll = random.nextDouble();
        return roll < 0.62 ? 1 : roll < 0.84 ? 2 : roll < 0.93 ? 3 : roll < 0.97 ? 4 : 5 + random.nextInt(3);
    }
}
