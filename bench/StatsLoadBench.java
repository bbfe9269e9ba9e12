import fr.crefop.stages.config.SiteSources;
import fr.crefop.stages.config.SiteSourcesResolver;
import fr.crefop.stages.diag.Findings;
import fr.crefop.stages.stats.StatsData;
import fr.crefop.stages.stats.StatsLoader;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the statistics load step alone (read, parse and validate every CSV row of data/statistiques/), in a fresh
 * JVM: the first run (cold) and the median of the next ten. Run by bench/stats.sh; not a test.
 */
public class StatsLoadBench {
    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        SiteSources sources = new SiteSourcesResolver(Path.of(System.getProperty("java.io.tmpdir"), "memento-bench")).resolve(site);
        double[] times = new double[11];
        int rows = 0;
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            Findings findings = new Findings();
            StatsData data = new StatsLoader(sources).load(findings);
            times[run] = (System.nanoTime() - start) / 1e9;
            rows = data.figures().size();
            if (findings.hasErrors()) {
                throw new IllegalStateException("the benchmark data has errors: " + findings.sorted().get(0));
            }
        }
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        System.out.printf("statistics load+validate: %d rows, first run %.3f s, then median %.3f s%n", rows, times[0], warm[warm.length / 2]);
    }
}
