#!/usr/bin/env python3
"""Writes a synthetic site of N pages for the benchmark: ~600 words each, YAML front matter, headings,
lists, a table, a callout, and links between pages written to their source files (with anchors)."""
import os
import random
import sys

WORDS = ("entreprise élève stage tuteur convention accueil sécurité métier découverte semaine "
         "établissement famille orientation observation planning activité équipe atelier service "
         "consigne badge horaires assurance attestation retour expérience mixité secteur visite").split()


def paragraph(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def page(rng, index, total, sections):
    folder = f"rubrique-{index % sections:02d}"
    lines = ["---",
             f"title: \"Page {index} : accueillir un élève\"",
             f"description: Page de test numéro {index} du banc d'essai.",
             f"date: 2025-{1 + index % 12:02d}-{1 + index % 28:02d}",
             "audience: [entreprises]",
             "level: [seconde]",
             f"order: {index}",
             "---", ""]
    lines.append(paragraph(rng, 60))
    lines.append("")
    for section in range(1, 5):
        lines.append(f"## Section {section} de la page {index}")
        lines.append("")
        lines.append(paragraph(rng, 70))
        lines.append("")
        other = rng.randrange(total)
        other_folder = f"rubrique-{other % sections:02d}"
        target = f"page-{other}.md" if other_folder == folder else f"../{other_folder}/page-{other}.md"
        lines.append(f"Voir [la page {other}]({target}#section-{rng.randint(1, 4)}-de-la-page-{other}) "
                     f"et [la section 1](#section-1-de-la-page-{index}).")
        lines.append("")
        lines.append("- " + paragraph(rng, 8))
        lines.append("- " + paragraph(rng, 8))
        lines.append("- [ ] " + paragraph(rng, 6))
        lines.append("")
    lines.append("| Semaine | Activité | Lieu |")
    lines.append("|---|---|---|")
    for week in range(1, 4):
        lines.append(f"| {week} | {rng.choice(WORDS)} | {rng.choice(WORDS)} |")
    lines.append("")
    lines.append("!!! retenir")
    lines.append("    " + paragraph(rng, 25))
    lines.append("")
    return folder, f"page-{index}.md", "\n".join(lines) + "\n"


def main():
    total = int(sys.argv[1])
    root = sys.argv[2]
    sections = max(1, total // 50)
    rng = random.Random(42)
    content = os.path.join(root, "content")
    os.makedirs(content, exist_ok=True)
    with open(os.path.join(content, "index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Banc d'essai\ndescription: Accueil du site de test.\nlayout: section\n---\n\nSite de test.\n")
    for s in range(sections):
        folder = os.path.join(content, f"rubrique-{s:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: Rubrique {s}\ndescription: Rubrique {s} du site de test.\nlayout: section\n---\n\nRubrique.\n")
    for i in range(total):
        folder, name, text = page(rng, i, total, sections)
        with open(os.path.join(content, folder, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
