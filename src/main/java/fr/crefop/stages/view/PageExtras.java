package fr.crefop.stages.view;

import fr.crefop.stages.kit.KitView;
import fr.crefop.stages.video.VideoView;

/**
 * The models of features that only some pages have: the communication kit ({@code kit}) and the video
 * ({@code video}). Absent features are their {@code NONE} value, never null.
 */
public record PageExtras(KitView kit, VideoView video) {

    public static final PageExtras NONE = new PageExtras(KitView.NONE, VideoView.NONE);
}
