package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How an adversary plants registrations, as reported of state campaigns against diaspora
 * channels: floods of one prepared text under many invented names, aimed at one service and sent
 * over a few days; swarms of near-empty registrations in bursts, meant to drown the desk;
 * impersonations of a real officer (public facts copied, private ones invented); a copy of a real
 * person's public facts alone, to be merged into their file; and careful single fakes.
 */
final class Playbooks {

    /** One planted registration with the campaign and style it belongs to. */
    record Planted(Map<String, Object> registration, String person, String campaign, String style) {
    }

    private static final String[] JUNK_NAMES = {"test", "aaa", "x", "asd", "-", "...", "علی", "ممد", "qwe", "ناشناس", "n/a"};
    private static final String[] JUNK_IDS = {"1111111111", "1234567890", "0000000000", "123", "0912345678", "۱۲۳۴۵۶۷۸۹۰", "999"};

    private final People people;
    private final Renderer renderer;
    private final Timeline timeline;
    private final Random random;

    Playbooks(People people, Renderer renderer, Timeline timeline, Random random) {
        this.people = people;
        this.renderer = renderer;
        this.timeline = timeline;
        this.random = random;
    }

    /** About {@code total} planted registrations, among the genuine people {@code genuine}. */
    List<Planted> plant(int total, List<Invented> genuine) {
        List<Planted> out = new ArrayList<>();
        int floods = 4;
        for (int f = 0; f < floods; f++) {
            flood("flood-" + (f + 1), f, (int) Math.round(total * 0.55 / floods * (0.6 + 0.8 * random.nextDouble())), out);
        }
        for (int s = 0; s < 2; s++) {
            swarm("swarm-" + (s + 1), (int) Math.round(total * 0.35 / 2 * (0.7 + 0.6 * random.nextDouble())), out);
        }
        List<Invented> seniors = genuine.stream().filter(p -> !p.anonymous() && p.rank() != null && p.rank().level() >= 5
                && p.unit() != null).toList();
        int impersonated = Math.max(2, (int) Math.round(total * 0.05 / 6));
        for (int t = 0; t < impersonated && !seniors.isEmpty(); t++) {
            Invented target = seniors.get(random.nextInt(seniors.size()));
            int copies = 3 + random.nextInt(7);
            for (int c = 0; c < copies; c++) {
                out.add(copyOf(target, "impersonation-" + (t + 1), "impersonation", "imp-" + (t + 1) + "-" + (c + 1), 1.0));
            }
        }
        int careful = Math.max(2, (int) Math.round(total * 0.05));
        for (int c = 0; c < careful; c++) {
            if (c % 2 == 0 && !genuine.isEmpty()) {
                // a person's public facts only (name, service, unit, rank, about their age): a bid to be merged into their file
                Invented target = genuine.get(random.nextInt(genuine.size()));
                if (!target.anonymous()) {
                    out.add(copyOf(target, null, "public-copy", "pub-" + (c + 1), 0.0));
                    continue;
                }
            }
            Invented fake = people.one("fake-" + (c + 1), null);
            Renderer.Manner manner = renderer.manner();
            out.add(new Planted(renderer.render(fake, 0, null, timeline.genuineHour(), manner), fake.id(), null, "careful"));
        }
        return out;
    }

    private void flood(String campaign, int which, int size, List<Planted> out) {
        boolean persian = which % 2 == 0;
        List<String> master = FloodTexts.master(persian, which / 2);
        Services.Organization target = Services.organization(random);
        int firstDay = 5 + random.nextInt(Timeline.DAYS - 10);
        int days = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            Services.Organization organization = random.nextDouble() < 0.75 ? target : Services.organization(random);
            Invented fake = people.one(campaign + "-" + (i + 1), null, organization);
            fake = new Invented(fake.id(), fake.woman(), fake.given(), fake.family(), fake.father(), fake.birthYear(), fake.place(),
                    people.nationalId(random.nextDouble() < 0.3), organization, fake.unit(), fake.rank(), fake.position(),
                    fake.yearsOfService(), fake.relatives(), fake.titled(), false, false, people.tells(0.3), fake.posting());
            Renderer.Manner manner = renderer.manner();
            manner = new Renderer.Manner(manner.channel().equals("import") ? "web" : manner.channel(), persian ? "fa" : "en",
                    persian ? random.nextDouble() < 0.9 : random.nextDouble() < 0.1, manner.blanksAsEmpty(), manner.arabicKeyboard(), false);
            Map<String, Object> r = renderer.render(fake, 0, null, timeline.hourWithin(firstDay, days, 0, 24), manner);
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) r.get("service");
            String unit = (String) service.get("unit");
            r.put("narrative", FloodTexts.copy(master, persian, unit == null || unit.isEmpty() ? null : unit, fake.yearsOfService(), random));
            r.remove("access");
            out.add(new Planted(r, fake.id(), campaign, "flood"));
        }
    }

    private void swarm(String campaign, int size, List<Planted> out) {
        int firstDay = 5 + random.nextInt(Timeline.DAYS - 10);
        int days = 1 + random.nextInt(2);
        int fromHour = random.nextInt(20);
        Services.Organization target = Services.organization(random);
        for (int i = 0; i < size; i++) {
            Renderer.Manner manner = renderer.manner();
            Map<String, Object> person = new LinkedHashMap<>();
            double roll = random.nextDouble();
            if (roll < 0.25) {
                person.put("givenName", JUNK_NAMES[random.nextInt(JUNK_NAMES.length)]);
            } else if (roll < 0.6) {
                Invented someone = people.one("x", null);
                person.put("givenName", renderer.name(someone.given(), manner.persianNames(), manner, false));
                if (random.nextBoolean()) {
                    person.put("familyName", renderer.name(someone.family(), manner.persianNames(), manner, false));
                }
            }
            if (random.nextDouble() < 0.5) {
                person.put("nationalId", random.nextDouble() < 0.6 ? JUNK_IDS[random.nextInt(JUNK_IDS.length)] : people.nationalId(false));
            }
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("organization", (random.nextDouble() < 0.5 ? target : Services.organization(random)).code());
            String urgency = random.nextDouble() < 0.5 ? "immediate" : random.nextDouble() < 0.6 ? "high" : renderer.urgency();
            Map<String, Object> r = renderer.registration(timeline.hourWithin(firstDay, days, fromHour, 4), manner, person, service,
                    List.of(), null, FloodTexts.swarmLine(random), urgency);
            out.add(new Planted(r, campaign + "-" + (i + 1), campaign, "swarm"));
        }
    }

    /** A registration in a real person's name: public facts copied; private ones invented ({@code tell} 0: none given). */
    private Planted copyOf(Invented target, String campaign, String style, String id, double tell) {
        Invented invented = people.one(id, null, target.organization());
        Invented copy = new Invented(id, target.woman(), target.given(), target.family(), invented.father(),
                target.birthYear() + random.nextInt(7) - 3, invented.place(), people.nationalId(random.nextBoolean()),
                target.organization(), target.unit(), target.rank(), target.position(), target.yearsOfService(),
                tell == 0 ? List.of() : invented.relatives(), target.titled(), false, false,
                tell == 0 ? java.util.EnumSet.of(Invented.Field.BIRTH_YEAR, Invented.Field.UNIT, Invented.Field.RANK) : people.tells(tell),
                new Invented.Posting(target.posting().now(), null, true, target.posting().department())); // where they serve is public too
        Renderer.Manner manner = renderer.manner();
        return new Planted(renderer.render(copy, 0, null, timeline.genuineHour(), manner), id, campaign, style);
    }
}
