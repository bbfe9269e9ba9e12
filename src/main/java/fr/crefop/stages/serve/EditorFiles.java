package fr.crefop.stages.serve;

import java.util.List;

/**
 * Files that editors create and delete around a save (swap, lock, backup, write test): not sources, and often gone
 * a moment later. The watcher does not look at them, so that they neither trigger a rebuild nor break a scan.
 */
final class EditorFiles {

    private static final List<String> SUFFIXES = List.of("~", ".swp", ".swo", ".swx", ".swpx", ".kate-swp",
            "___jb_tmp___", "___jb_old___", ".crswap");
    private static final List<String> PREFIXES = List.of(".#", ".~lock.", ".goutputstream-");

    private EditorFiles() {
    }

    /**
     * True for {@code .#page.md} (Emacs lock), {@code #page.md#} (Emacs auto-save), {@code page.md~} (backup),
     * {@code .page.md.swp} (Vim swap), {@code 4913} (Vim's write test: a name of digits only), and the like.
     */
    static boolean temporary(String name) {
        if (name.isEmpty() || name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        if (name.length() > 1 && name.startsWith("#") && name.endsWith("#")) {
            return true;
        }
        return SUFFIXES.stream().anyMatch(name::endsWith) || PREFIXES.stream().anyMatch(name::startsWith)
                || name.equals(".DS_Store");
    }
}
