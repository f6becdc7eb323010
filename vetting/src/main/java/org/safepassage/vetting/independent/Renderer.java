package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes one registration of a person as it arrives: from the web form (Persian or English), an
 * offline packet, or a partner organisation's list (Latin capitals, "" for blanks, numbers as
 * text); the person's names in either script and in this writer's spelling, titles on some,
 * compounds joined or split, given and family name now and then swapped; digits in any script;
 * fields told or not as the person is open; slips of the keyboard.
 */
final class Renderer {

    private final Random random;
    /** How the province and branch are written: a stream of its own, so that the rest is written as before them. */
    private final Random postings;

    Renderer(Random random, Random postings) {
        this.random = random;
        this.postings = postings;
    }

    /** How one registration is written: its channel, language and script. */
    record Manner(String channel, String language, boolean persianNames, boolean blanksAsEmpty, boolean arabicKeyboard,
                  boolean partnerList) {
    }

    Manner manner() {
        double roll = random.nextDouble();
        String channel = roll < 0.7 ? "web" : roll < 0.85 ? "packet" : "import";
        boolean partner = channel.equals("import");
        String language = partner ? (random.nextDouble() < 0.7 ? "en" : "fa") : random.nextDouble() < 0.85 ? "fa" : "en";
        boolean persianNames = partner ? random.nextDouble() < 0.25
                : language.equals("fa") ? random.nextDouble() < 0.88 : random.nextDouble() < 0.1;
        double blanks = partner ? 0.6 : channel.equals("web") ? 0.15 : 0.05;
        return new Manner(channel, language, persianNames, random.nextDouble() < blanks, persianNames && random.nextDouble() < 0.07,
                partner);
    }

    /**
     * @param copy        0 for a person's first registration, then 1, 2, …
     * @param earlierText the narrative of the person's previous registration, or null
     */
    Map<String, Object> render(Invented p, int copy, String earlierText, String receivedAt, Manner m) {
        Map<String, Object> person = new LinkedHashMap<>();
        boolean persian = m.persianNames();
        if (!p.anonymous()) {
            String given = name(p.given(), persian, m, random.nextDouble() < 0.03);
            if (p.titled() && random.nextDouble() < 0.5) {
                given = (persian ? "سید" : pick("Seyed", "Seyyed", "Sayed", "Sayyed", "Seyed")) + " " + given;
            }
            if (p.organization().code().equals("CLERGY") && random.nextDouble() < 0.2) {
                given = (persian ? "حجت‌الاسلام" : pick("Hojatoleslam", "Hojjat-ol-Eslam")) + " " + given;
            }
            String family = name(p.family(), persian, m, false);
            boolean swap = random.nextDouble() < (m.partnerList() ? 0.08 : 0.015);
            put(person, "givenName", p.oneLiner() && random.nextDouble() < 0.3 ? null : swap ? family : given, m);
            put(person, "familyName", swap ? given : family, m);
            put(person, "fatherName", told(p, Invented.Field.FATHER) ? name(p.father(), persian, m, false) : null, m);
        }
        boolean full = !p.oneLiner();
        if (full && told(p, Invented.Field.BIRTH_YEAR)) {
            int year = p.birthYear() + (random.nextDouble() < 0.25 ? (random.nextBoolean() ? 1 : -1) : 0);
            person.put("birthYear", number(year, m, persian));
        } else if (m.blanksAsEmpty()) {
            person.put("birthYear", "");
        }
        put(person, "birthPlace", full && !p.anonymous() && told(p, Invented.Field.BIRTH_PLACE) ? place(p.place(), persian) : null, m);
        put(person, "nationalId", full && !p.anonymous() && told(p, Invented.Field.NATIONAL_ID) ? nationalId(p.nationalId(), persian) : null, m);
        Map<String, Object> service = new LinkedHashMap<>();
        String org = p.organization().code();
        service.put("organization", org);
        int form = persian ? (random.nextDouble() < 0.85 ? 0 : 2) : random.nextDouble() < 0.35 ? 1 : 2;
        String unit = p.unit() != null && (full ? told(p, Invented.Field.UNIT) : random.nextDouble() < 0.3) ? Services.writeUnit(p.unit(), form, random) : null;
        put(service, "unit", unit, m);
        Services.Rank rank = p.rank();
        if (rank != null && copy > 0 && p.id().hashCode() % 19 == 0) {
            rank = Services.promoted(rank); // promoted between two registrations
        }
        put(service, "rank", rank != null && (full ? told(p, Invented.Field.RANK) : random.nextDouble() < 0.3)
                ? Services.writeRank(rank, persian ? 0 : random.nextDouble() < 0.5 ? 1 : 2, org, random) : null, m);
        put(service, "position", p.position() != null && random.nextDouble() < 0.5 ? p.position()[persian ? 0 : 1] : null, m);
        if (full && random.nextDouble() < 0.5) {
            service.put("yearsOfService", number(p.yearsOfService() + (random.nextDouble() < 0.2 ? 1 : 0), m, persian));
        }
        put(service, "branch", branch(p.posting(), full, persian, unit, m), m);
        put(service, "province", province(p.posting(), full, persian, m), m);
        List<Map<String, Object>> family = new ArrayList<>();
        if (full && told(p, Invented.Field.FAMILY)) {
            for (int[] relative : p.relatives()) {
                if (random.nextDouble() < 0.85) {
                    Map<String, Object> member = new LinkedHashMap<>();
                    member.put("relation", Invented.RELATIONS[relative[0]]);
                    if (random.nextDouble() < 0.85) {
                        int year = relative[1] + (random.nextDouble() < 0.15 ? (random.nextBoolean() ? 1 : -1) : 0);
                        member.put("birthYear", number(year, m, persian));
                    }
                    family.add(member);
                }
            }
        }
        boolean persianText = m.language().equals("fa");
        String narrative = earlierText != null && random.nextDouble() < 0.35 ? earlierText
                : Texts.narrative(persianText, unit, p.yearsOfService(), People.YEAR - p.yearsOfService(), random, p.oneLiner());
        String access = full && random.nextDouble() < 0.5 ? Texts.access(persianText, unit, p.yearsOfService(), random) : null;
        return registration(receivedAt, m, person, service, family, access, narrative, urgency());
    }

    Map<String, Object> registration(String receivedAt, Manner m, Map<String, Object> person, Map<String, Object> service,
                                     List<Map<String, Object>> family, String access, String narrative, String urgency) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("schema", "safepassage.registration/1");
        r.put("id", null);
        r.put("receivedAt", receivedAt);
        r.put("channel", m.channel());
        r.put("language", m.language());
        if (!person.isEmpty()) {
            r.put("person", person);
        }
        r.put("service", service);
        if (!family.isEmpty()) {
            r.put("family", family);
        }
        put(r, "access", access, m);
        put(r, "narrative", narrative, m);
        r.put("urgency", urgency);
        return r;
    }

    String urgency() {
        double roll = random.nextDouble();
        return roll < 0.2 ? "low" : roll < 0.6 ? "medium" : roll < 0.9 ? "high" : "immediate";
    }

    /** A name as this registration writes it; {@code shortened}: a compound's last part alone (اصغر for علی‌اصغر). */
    String name(Pools.Name name, boolean persian, Manner m, boolean shortened) {
        String parts = name.persian();
        String sounds = name.sounds();
        if (shortened && sounds.contains("+") && !sounds.contains("+ollAh")) {
            parts = parts.substring(parts.indexOf('|') + 1);
            sounds = sounds.substring(sounds.indexOf('+') + 1);
        }
        String written = persian ? Spelling.persian(parts, random, m.arabicKeyboard())
                : Spelling.letterCase(Romaniser.name(sounds, random), random, m.partnerList());
        return random.nextDouble() < 0.04 ? Spelling.slip(written, random) : written;
    }

    String place(Pools.Place place, boolean persian) {
        String written = persian ? Spelling.persian(place.persian(), random, false)
                : random.nextDouble() < 0.45 ? place.english() : Romaniser.name(place.sounds(), random);
        return random.nextDouble() < 0.05 ? Spelling.slip(written, random) : written;
    }

    /**
     * The branch or department as this registration writes it, or null: fewer give it than the
     * province, fewer still on a partner's list or a one-line registration; now and then the unit
     * is written where the branch is asked for.
     */
    String branch(Invented.Posting posting, boolean full, boolean persian, String unit, Manner m) {
        if (posting == null || posting.department() == null
                || postings.nextDouble() >= (full ? (m.partnerList() ? 0.35 : 0.55) : 0.1)) {
            return null;
        }
        if (unit != null && postings.nextDouble() < 0.08) {
            return unit;
        }
        String written = Departments.write(posting.department(), persian, postings);
        written = persian ? written : Spelling.letterCase(written, postings, m.partnerList());
        return postings.nextDouble() < 0.03 ? Spelling.slip(written, postings) : written;
    }

    /**
     * The province of service as this registration writes it, or null: most who say where they
     * serve write it on a full form, fewer on a partner's list or a one-line registration; after a
     * transfer, either province; in Persian with or without the word استان, in Latin letters as
     * the English name (now and then with "Province") or romanised word by word, "and" as va, o or and.
     */
    String province(Invented.Posting posting, boolean full, boolean persian, Manner m) {
        if (posting == null || !posting.told() || postings.nextDouble() >= (full ? (m.partnerList() ? 0.5 : 0.85) : 0.15)) {
            return null;
        }
        Pools.Province province = posting.before() != null && postings.nextBoolean() ? posting.before() : posting.now();
        String written;
        if (persian) {
            written = Spelling.persian(province.persian(), postings, m.arabicKeyboard());
            if (postings.nextDouble() < 0.2) {
                written = "استان " + written;
            }
        } else if (postings.nextDouble() < 0.45) {
            written = province.english() + (postings.nextDouble() < 0.15 ? " Province" : "");
        } else {
            StringBuilder latin = new StringBuilder();
            for (String word : province.sounds().split(" ")) {
                latin.append(latin.length() == 0 ? "" : " ")
                        .append(word.equals("&") ? new String[] {"va", "and", "o", "&"}[postings.nextInt(4)] : Romaniser.name(word, postings));
            }
            written = latin.toString();
        }
        written = persian ? written : Spelling.letterCase(written, postings, m.partnerList());
        return postings.nextDouble() < 0.04 ? Spelling.slip(written, postings) : written;
    }

    String nationalId(String id, boolean persian) {
        String typed = random.nextDouble() < 0.03 ? slipDigit(id) : id;
        double roll = random.nextDouble();
        if (roll < 0.08) {
            typed = typed.substring(0, 3) + "-" + typed.substring(3, 9) + "-" + typed.substring(9);
        } else if (roll < 0.12) {
            typed = typed.substring(0, 3) + " " + typed.substring(3);
        }
        return Spelling.digits(typed, persian ? (random.nextDouble() < 0.45 ? 1 : random.nextDouble() < 0.1 ? 2 : 0) : 0);
    }

    private String slipDigit(String id) {
        StringBuilder s = new StringBuilder(id);
        int at = random.nextInt(10);
        s.setCharAt(at, (char) ('0' + (s.charAt(at) - '0' + 1 + random.nextInt(9)) % 10));
        return s.toString();
    }

    /** A number as JSON number, or as text (partner lists), in the script of the registration. */
    Object number(int value, Manner m, boolean persian) {
        if (m.partnerList() && random.nextDouble() < 0.4 || persian && random.nextDouble() < 0.1) {
            return Spelling.digits(String.valueOf(value), persian && random.nextDouble() < 0.7 ? 1 : 0);
        }
        return value;
    }

    /** Whether this registration gives a field the person tells: most do, some leave it out in haste. */
    private boolean told(Invented p, Invented.Field field) {
        return p.tells(field) && random.nextDouble() < 0.85;
    }

    /** A text field: left out when null, or written "" by clients that send blanks. */
    static void put(Map<String, Object> map, String field, String value, Manner m) {
        if (value != null) {
            map.put(field, value);
        } else if (m.blanksAsEmpty()) {
            map.put(field, "");
        }
    }

    String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
