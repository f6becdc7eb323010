package org.safepassage.core.packet;

import org.safepassage.core.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Registrations as the offline sealer makes them (no id), of a synthetic person. */
public final class SampleRegistrations {

    private SampleRegistrations() {
    }

    /** A typical first registration in Persian: service, names, family of three, a few lines of text. */
    public static ObjectNode typicalPersian() {
        ObjectNode registration = Json.MAPPER.createObjectNode();
        registration.put("schema", "safepassage.registration/1");
        registration.put("receivedAt", "2026-11-30T09:00:00Z");
        registration.put("channel", "packet");
        registration.put("language", "fa");
        ObjectNode person = registration.putObject("person");
        person.put("givenName", "بهرام");
        person.put("familyName", "آزمون‌نژاد");
        person.put("fatherName", "فرهاد");
        person.put("birthYear", 1979);
        person.put("birthPlace", "اراک");
        ObjectNode service = registration.putObject("service");
        service.put("organization", "IRGC");
        service.put("branch", "نیروی زمینی");
        service.put("unit", "تیپ ۸۳ امام جعفر صادق");
        service.put("rank", "سرهنگ دوم");
        service.put("position", "معاون عملیات");
        service.put("yearsOfService", 22);
        service.put("province", "مرکزی");
        ArrayNode family = registration.putArray("family");
        family.addObject().put("relation", "spouse").put("birthYear", 1983);
        family.addObject().put("relation", "child").put("birthYear", 2008);
        family.addObject().put("relation", "child").put("birthYear", 2013);
        registration.put("access", "از برنامه‌های عملیاتی تیپ و جابه‌جایی یگان‌ها در استان آگاهی دارم.");
        registration.put("narrative", "پس از آنچه در اعتراضات دیدم دیگر نمی‌توانم بمانم. همسر و فرزندانم باید با من بیایند.");
        registration.put("urgency", "high");
        return registration;
    }
}
