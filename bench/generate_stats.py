#!/usr/bin/env python3
"""Writes a small site whose data/statistiques/ holds N figure rows (default 10,000), for bench/stats.sh.
Rows are all valid and distinct: campaigns × levels × territories × indicators × sectors."""
import itertools
import os
import shutil
import sys

rows_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
root = sys.argv[2] if len(sys.argv) > 2 else "bench/out/stats-site"
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

shutil.rmtree(root, ignore_errors=True)
os.makedirs(os.path.join(root, "content"))
os.makedirs(os.path.join(root, "data", "statistiques"))
shutil.copytree(os.path.join(repo, "data", "geo"), os.path.join(root, "data", "geo"))
for name in ("indicateurs.csv", "sources.csv"):
    shutil.copy(os.path.join(repo, "data", "statistiques", name), os.path.join(root, "data", "statistiques", name))
with open(os.path.join(root, "content", "index.md"), "w", encoding="utf-8") as f:
    f.write("---\ntitle: Banc d'essai des statistiques\ndescription: Site de test.\n---\n\n"
            "En Normandie, {{stat taux_placement territoire=28 niveau=seconde}}.\n")

indicators = [("taux_placement", "%"), ("taux_sans_solution", "%"), ("eleves_concernes", "élèves"),
              ("offres_publiees", "offres"), ("satisfaction_eleves", "%"), ("satisfaction_entreprises", "%"),
              ("part_filles", "%")]
territories = ["28", "14", "27", "50", "61", "76"]
levels = ["3e", "seconde", "PFMP"]
campaigns = [str(year) for year in range(2020, 2031)]
sectors = [""] + [f"secteur {i}" for i in range(1, 200)]
count = 0
with open(os.path.join(root, "data", "statistiques", "bench.csv"), "w", encoding="utf-8") as f:
    f.write("campagne;niveau;territoire;indicateur;valeur;unite;source;secteur\n")
    for sector, campaign, level, territory, (indicator, unit) in itertools.product(sectors, campaigns, levels, territories, indicators):
        if count >= rows_wanted:
            break
        value = "25685" if unit != "%" else f"{(count * 7) % 100},{count % 10}"
        f.write(f"{campaign};{level};{territory};{indicator};{value};{unit};enquete-academique-2025;{sector}\n")
        count += 1
print(f"{count} rows written to {root}/data/statistiques/bench.csv")
