package fr.crefop.stages.video;

/**
 * One chapter of a video.
 *
 * @param time    as written, {@code 1:05}
 * @param seconds the same in seconds, for the {@code <time>} element ({@code PT65S})
 * @param title   what the chapter is about
 */
public record Chapter(String time, int seconds, String title) {

    public String iso() {
        return "PT" + seconds + "S";
    }
}
