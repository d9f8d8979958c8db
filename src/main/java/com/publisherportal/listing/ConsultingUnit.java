package com.publisherportal.listing;

/** The unit of a consulting offer's duration; titles read "2-Week", "3-Day", "4-Hour". */
public enum ConsultingUnit {
    HOUR("Hour", 336),
    DAY("Day", 14),
    WEEK("Week", 2);

    private final String label;
    /** The longest an implementation may last in this unit: two weeks. */
    private final int implementationMax;

    ConsultingUnit(String label, int implementationMax) {
        this.label = label;
        this.implementationMax = implementationMax;
    }

    public String label() {
        return label;
    }

    public int implementationMax() {
        return implementationMax;
    }
}
