package org.safepassage.intake.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Form fields of a synthetic registrant (no real person), as a Persian-speaking submitter types them. */
public final class RegistrationFields {

    private RegistrationFields() {
    }

    /** A valid registration whose narrative carries {@code marker}, so tests can find it (or fail to). */
    public static Map<String, String> persian(String marker) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organization", "IRGC");
        fields.put("branch", "نیروی زمینی");
        fields.put("unit", "لشکر ۹۹ آزمایشی");
        fields.put("rank", "سرهنگ دوم");
        fields.put("yearsOfService", "۲۲");
        fields.put("province", "اصفهان");
        fields.put("givenName", "محمد‌رضا");
        fields.put("familyName", "نمونه‌زاده");
        fields.put("fatherName", "حسین");
        fields.put("birthYear", "۱۳۵۸");
        fields.put("calendar", "solar");
        fields.put("birthPlace", "کاشان");
        // A synthetic ID whose check digit is valid: 1234567891 (sum 210, remainder 1, check 1).
        fields.put("nationalId", "۱۲۳-۴۵۶۷۸۹-۱");
        fields.put("family[0].relation", "spouse");
        fields.put("family[0].birthYear", "۱۳۶۲");
        fields.put("family[1].relation", "child");
        fields.put("family[1].birthYear", "۱۳۸۹");
        fields.put("access", "گزارش‌های عملیاتی یگان");
        fields.put("narrative", "می‌خواهم با خانواده‌ام بیایم " + marker);
        fields.put("urgency", "high");
        return fields;
    }
}
