package com.publisherportal.common.ui;

/**
 * Where a view's menu entry goes: {@code @Menu(order = ...)} below {@link #STAFF} is a publisher
 * view, from {@link #STAFF} a staff view, from {@link #ADMIN} an administrators' view. The shell
 * draws one section per range.
 */
public final class MenuSections {

    public static final double STAFF = 100;
    public static final double ADMIN = 200;

    private MenuSections() {
    }
}
