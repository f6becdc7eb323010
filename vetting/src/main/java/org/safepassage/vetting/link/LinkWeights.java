package org.safepassage.vetting.link;

/**
 * The Fellegi–Sunter parameters. An agreement counts log2(m / u), where m is the chance that two
 * registrations of one person agree on the field and u the chance that two different people do,
 * taken from how common the shared value is among the records; a disagreement counts
 * log2((1 - m) / (1 - u)), given here directly. Defaults are justified in docs/vetting.md.
 *
 * @param nameM               m of a name (the same person spells it so that the keys meet)
 * @param maxNameWeight       cap for a very rare shared value
 * @param givenDisagree       given names clearly differ
 * @param familyDisagree      family names clearly differ
 * @param fatherDisagree      fathers' names clearly differ
 * @param typoFactor          share of the agreement weight for a near-identical name (one slip)
 * @param swapPenalty         cost of reading given and family names the other way round
 * @param yearM               m of the same birth year (Solar Hijri conversion shifts one in four or five)
 * @param yearOff             birth years one apart
 * @param yearTwoApart        birth years two apart (each registration may be one off by itself)
 * @param yearFar             birth years further apart
 * @param nationalIdSame      the same valid national ID
 * @param nationalIdConflict  two valid, different national IDs: strong counter-evidence
 * @param nationalIdNear      IDs one digit or one swap apart (a slip), at least one invalid
 * @param organizationM       m of the same organisation
 * @param organizationDiffers different organisations
 * @param placeM              m of the same birth place
 * @param placeDiffers        different birth places
 * @param relativeSame        a family member of the same kind born within a year, on both lists
 * @param spouseDiffers       spouses listed by both, born years apart
 * @param unitM               m of the same unit within the same organisation (the same number in
 *                            either script: "تیپ ۱۰" / "10th Brigade")
 * @param unitDiffers         different unit numbers within the same organisation
 * @param childrenDiffer      children listed by both, none born within a year of one on the other list
 * @param privateConflict     fathers' names and birth years (more than two apart) both conflict; or something
 *                            only the person knows conflicts (birth year, father, national ID, birth place,
 *                            family) and nothing only the person knows agrees
 * @param rankM               m of the same rank (in either script: "سرگرد" / "Major")
 * @param rankNear            ranks one level apart (a promotion between two registrations)
 * @param rankDiffers         ranks two or more levels apart
 * @param oneSidedContradiction only one of the two contradicts itself (a child born to a nine-year-old,
 *                            a unit or rank of another organisation, an impossible age): a careful
 *                            copy of someone adds what the person would not have written
 * @param margin              evidence needed beyond the prior odds: a pair is one person when its
 *                            total weight reaches log2(number of records) + margin
 */
public record LinkWeights(double nameM, double maxNameWeight, double givenDisagree, double familyDisagree,
                          double fatherDisagree, double typoFactor, double swapPenalty, double yearM, double yearOff,
                          double yearTwoApart, double yearFar, double nationalIdSame, double nationalIdConflict, double nationalIdNear,
                          double organizationM, double organizationDiffers, double placeM, double placeDiffers,
                          double relativeSame, double spouseDiffers, double unitM, double unitDiffers, double childrenDiffer,
                          double privateConflict, double rankM,
                          double rankNear, double rankDiffers, double oneSidedContradiction, double margin) {

    public static final LinkWeights DEFAULT = new LinkWeights(0.9, 14, -6, -6, -6, 0.6, 1.0, 0.7, 2.5, -1, -6, 14, -16, 4, 0.9, -5, 0.8, -3, 1.5, -4, 0.8, -3, -2.5, -16, 0.8, -1, -4, -4, 2);

    /** The same weights with another margin (more: fewer, surer links; less: more links). */
    public LinkWeights withMargin(double newMargin) {
        return new LinkWeights(nameM, maxNameWeight, givenDisagree, familyDisagree, fatherDisagree, typoFactor, swapPenalty,
                yearM, yearOff, yearTwoApart, yearFar, nationalIdSame, nationalIdConflict, nationalIdNear, organizationM,
                organizationDiffers, placeM, placeDiffers, relativeSame, spouseDiffers, unitM, unitDiffers, childrenDiffer, privateConflict, rankM, rankNear, rankDiffers, oneSidedContradiction, newMargin);
    }
}
