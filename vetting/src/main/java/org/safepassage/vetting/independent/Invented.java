package org.safepassage.vetting.independent;

import java.util.List;

/**
 * One invented person as the corpus knows them: the truth behind every registration written in
 * their name.
 *
 * @param titled    a Seyed (سید): the title comes before the given name on some registrations
 * @param relatives relation and birth year of each family member
 * @param tells     the fields this person is willing to give ({@link Field}); people are
 *                  consistent in what they withhold, though a registration may still leave out what they would tell
 * @param posting   the province and branch they serve in
 */
record Invented(String id, boolean woman, Pools.Name given, Pools.Name family, Pools.Name father, int birthYear,
                Pools.Place place, String nationalId, Services.Organization organization, String[] unit,
                Services.Rank rank, String[] position, int yearsOfService, List<int[]> relatives,
                boolean titled, boolean anonymous, boolean oneLiner, java.util.Set<Field> tells,
                Posting posting) {

    /**
     * The province a person serves in; {@code before}: the one they served in before a transfer
     * (null for most), which some registrations still give; {@code told}: whether they say where they
     * serve; {@code department}: their branch or department, null in an organisation without.
     */
    record Posting(Pools.Province now, Pools.Province before, boolean told, Departments.Department department) {
    }

    /** What a person may choose to tell or withhold. */
    enum Field { FATHER, BIRTH_YEAR, BIRTH_PLACE, NATIONAL_ID, UNIT, RANK, FAMILY }

    boolean tells(Field field) {
        return tells.contains(field);
    }

    static final String[] RELATIONS = {"spouse", "child", "parent", "sibling", "other"};

}
