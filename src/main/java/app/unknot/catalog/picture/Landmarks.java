package app.unknot.catalog.picture;

/**
 * The named places on a drawn figure that a scene file points at, for hands, tools and arrows:
 * joints by name ({@code near-knee}, {@code right-shoulder}) and places along a bone
 * ({@code torso: [0.3, 7.5]}: 30% of the way up the trunk, 7.5 units to its front).
 */
interface Landmarks {

    /** @throws IllegalArgumentException when this figure has no joint of that name */
    Point joint(String name);

    /** @throws IllegalArgumentException when this figure has no bone of that name */
    Point onBone(String bone, double fraction, double front);
}
