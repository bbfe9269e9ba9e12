package fr.crefop.stages.view;

import fr.crefop.stages.kit.KitView;
import fr.crefop.stages.testimony.Testimony;
import fr.crefop.stages.video.VideoView;

import java.util.List;

/**
 * The models of features that only some pages have: the communication kit ({@code kit}), the video
 * ({@code video}) and the testimonies ({@code testimonies}, on pages of layout {@code temoignages}). Absent features
 * are their {@code NONE} value or an empty list, never null.
 */
public record PageExtras(KitView kit, VideoView video, List<Testimony> testimonies) {

    public static final PageExtras NONE = new PageExtras(KitView.NONE, VideoView.NONE, List.of());

    public PageExtras {
        testimonies = List.copyOf(testimonies);
    }
}
