package fr.crefop.stages.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns an input/output failure of the machine into an {@link EnvironmentException} with a French message that names
 * the path and says why: « impossible d'écrire dans /x : disque plein ». The system's own (English) reason is kept
 * only when it is not one of the known ones.
 */
public final class IoFailure {

    private IoFailure() {
    }

    public static EnvironmentException write(Path path, IOException e) {
        return of("impossible d'écrire dans " + path, e);
    }

    public static EnvironmentException createFolder(Path path, IOException e) {
        return of("impossible de créer le dossier " + path, e);
    }

    public static EnvironmentException delete(Path path, IOException e) {
        return of("impossible de supprimer " + path, e);
    }

    public static EnvironmentException read(Path path, IOException e) {
        return of("impossible de lire " + path, e);
    }

    /** {@code what} (« impossible de … /x ») followed by the reason, and a hint for that reason. */
    public static EnvironmentException of(String what, IOException e) {
        Reason reason = reason(e);
        String where = e instanceof FileSystemException fs && fs.getFile() != null && !what.contains(fs.getFile())
                ? " (" + fs.getFile() + ")" : "";
        return new EnvironmentException(what + where + " : " + reason.text(), reason.hint(), e);
    }

    /** The reason of a failure, in French, with what to do about it. */
    public record Reason(String text, String hint) {
    }

    public static Reason reason(IOException e) {
        String system = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = system.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return new Reason("disque plein", "libérez de la place sur le disque, puis relancez");
        }
        if (lower.contains("quota")) {
            return new Reason("quota disque dépassé", "libérez de la place dans votre espace, puis relancez");
        }
        if (lower.contains("read-only file system")) {
            return new Reason("dossier de sortie en lecture seule",
                    "choisissez un dossier de sortie sur un disque accessible en écriture (option --output)");
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("not permitted")) {
            return new Reason("droits insuffisants",
                    "vérifiez les droits du dossier, ou choisissez un autre dossier de sortie (option --output)");
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException || lower.contains("not a directory")) {
            return new Reason("un fichier porte déjà ce nom là où un dossier est attendu",
                    "déplacez ou renommez ce fichier, ou choisissez un autre dossier de sortie (option --output)");
        }
        if (e instanceof NoSuchFileException) {
            return new Reason("chemin introuvable", "vérifiez que le dossier existe et qu'il est accessible");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new Reason("le dossier n'est pas vide", "un autre programme y écrit peut-être : relancez");
        }
        if (lower.contains("file name too long")) {
            return new Reason("nom de fichier trop long", "choisissez un dossier de sortie au chemin plus court");
        }
        if (lower.contains("too many open files")) {
            return new Reason("trop de fichiers ouverts", "fermez d'autres programmes, puis relancez");
        }
        return new Reason("erreur du système (" + system + ")", "vérifiez le disque et les droits du dossier, puis relancez");
    }
}
