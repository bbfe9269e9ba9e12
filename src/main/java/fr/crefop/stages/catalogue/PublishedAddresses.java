package fr.crefop.stages.catalogue;

import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;
import fr.crefop.stages.diag.EnvironmentException;
import fr.crefop.stages.diag.Finding;
import fr.crefop.stages.diag.Findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The list of every address the site has ever published, kept in the repository ({@value #FILE_NAME} at the site
 * root, one address per line, sorted). A build in which a listed address is neither a page nor an old address
 * ({@code aliases}) of a page fails: schools have sent these addresses to families. The list is rewritten only on
 * purpose, with {@code build --accept-addresses}. A site without the file is not checked.
 */
public final class PublishedAddresses {

    public static final String FILE_NAME = "adresses-publiees.txt";

    static final String HEADER = """
            # Adresses publiées par le site : chaque ligne est une adresse qu'un lecteur a pu enregistrer ou recevoir
            # (message Pronote, ENT, affiche). Ce fichier est tenu par la commande « build --accept-addresses » :
            # ne le modifiez pas à la main, et validez-le (commit) avec les pages.
            # Une adresse de cette liste qui disparaît sans « aliases » sur la page qui la remplace arrête la construction.
            """;

    private final Path file;
    /** Listed address → its line in the file. */
    private final Map<String, Integer> listed;
    private final boolean present;

    private PublishedAddresses(Path file, Map<String, Integer> listed, boolean present) {
        this.file = file;
        this.listed = Map.copyOf(listed);
        this.present = present;
    }

    /** Reads the list at the root of the site folder; an absent file gives an empty list that checks nothing. */
    public static PublishedAddresses read(Path siteRoot) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new PublishedAddresses(file, Map.of(), false);
        }
        Map<String, Integer> listed = new TreeMap<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                String address = text.strip();
                if (!address.isEmpty() && !address.startsWith("#")) {
                    listed.putIfAbsent(address, line);
                }
            }
        } catch (IOException e) {
            throw new EnvironmentException("impossible de lire " + file, "vérifiez les droits de lecture du fichier", e);
        }
        return new PublishedAddresses(file, listed, true);
    }

    /** Whether the site keeps a list (the file exists). */
    public boolean present() {
        return present;
    }

    /** Reports every listed address that this build no longer publishes, neither as a page nor as an alias. */
    public void check(SiteIndex index, Findings findings) {
        Set<String> published = reachable(index);
        listed.forEach((address, line) -> {
            if (!published.contains(address)) {
                findings.add(Finding.error(FILE_NAME, line, "address",
                        "l'adresse publiée " + address + " a disparu : les liens déjà envoyés (Pronote, ENT, affiches) ne mèneraient plus nulle part",
                        "ajoutez `aliases: [" + address + "]` à la page qui la remplace, ou lancez build --accept-addresses si la suppression est voulue"));
            }
        });
    }

    /** Addresses published by this build that the list does not hold yet. */
    public SortedSet<String> added(SiteIndex index) {
        SortedSet<String> added = new TreeSet<>(recordable(index));
        added.removeAll(listed.keySet());
        return added;
    }

    /** Rewrites the list with the addresses of this build (pages that are not drafts, and old addresses). */
    public void accept(SiteIndex index) {
        StringBuilder text = new StringBuilder(HEADER);
        recordable(index).forEach(address -> text.append(address).append('\n'));
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("impossible d'écrire " + file, "vérifiez les droits d'écriture du dossier du site", e);
        }
    }

    private static Set<String> reachable(SiteIndex index) {
        Set<String> addresses = new TreeSet<>(index.aliases().keySet());
        index.pages().forEach(page -> addresses.add(page.address()));
        return addresses;
    }

    private static SortedSet<String> recordable(SiteIndex index) {
        SortedSet<String> addresses = new TreeSet<>(index.aliases().keySet());
        index.pages().stream().filter(page -> !page.isDraft()).map(SourcePage::address).forEach(addresses::add);
        return addresses;
    }
}
