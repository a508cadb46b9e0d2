package org.tongchou.hub.statistics.app;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;
import org.tongchou.hub.statistics.domain.Figures;

/**
 * Statistics for the provincial information platform, from the read models: migrant stock on a day,
 * the origin × destination matrix of arrivals in a period, births to migrants by sex, and
 * coverage. Rows are given at one level of the division table ({@code level}) inside the region.
 */
@Service
public class StatisticsQueries {

    private final ArrayQueries arrays;
    private final RegionDirectory regions;

    StatisticsQueries(JdbcTemplate jdbc, RegionDirectory regions) {
        this.arrays = new ArrayQueries(jdbc);
        this.regions = regions;
    }

    /** Migrants living in the region on {@code day}, by division at {@code level}. */
    public List<Figures.Stock> stock(String region, LocalDate day, RegionLevel level) {
        Map<String, long[]> counts = new TreeMap<>();
        UnaryOperator<String> at = code -> regions.atLevel(code, level);
        arrays.query("SELECT region, registration_region FROM residence_view WHERE migrant AND region = ANY(?) "
                + "AND from_date <= ? AND (until_date IS NULL OR until_date > ?)", rs -> {
                    long[] c = counts.computeIfAbsent(at.apply(rs.getString(1)), k -> new long[2]);
                    c[0]++;
                    if (!java.util.Objects.equals(regions.provinceOf(rs.getString(1)), regions.provinceOf(rs.getString(2)))) {
                        c[1]++;
                    }
                }, regions.subtree(region), Date.valueOf(day), Date.valueOf(day));
        return counts.entrySet().stream().map(e -> new Figures.Stock(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * Arrivals in [from, to] of migrants coming to or leaving the region, by registration (origin)
     * and residence (destination) at {@code level}.
     */
    public List<Figures.Flow> flows(String region, LocalDate from, LocalDate to, RegionLevel level) {
        Map<String, Long> counts = new TreeMap<>();
        java.util.Set<String> inside = regions.subtree(region);
        arrays.query("SELECT registration_region, region FROM residence_view WHERE migrant AND starting "
                + "AND from_date >= ? AND from_date <= ? AND (region = ANY(?) OR registration_region = ANY(?))", rs -> {
                    String origin = regions.atLevel(rs.getString(1), level);
                    String destination = regions.atLevel(rs.getString(2), level);
                    counts.merge(origin + "," + destination, 1L, Long::sum);
                }, Date.valueOf(from), Date.valueOf(to), inside, inside);
        return counts.entrySet().stream().map(e -> {
            String[] pair = e.getKey().split(",");
            return new Figures.Flow(pair[0], pair[1], e.getValue());
        }).toList();
    }

    /** Children born in [from, to] to migrant mothers living in the region, by division at {@code level}. */
    public List<Figures.Births> births(String region, LocalDate from, LocalDate to, RegionLevel level) {
        Map<String, long[]> counts = new TreeMap<>();
        arrays.query("SELECT residence_region, sex FROM birth_view WHERE migrant AND residence_region = ANY(?) "
                + "AND born_on >= ? AND born_on <= ?", rs -> {
                    long[] c = counts.computeIfAbsent(regions.atLevel(rs.getString(1), level), k -> new long[2]);
                    c["M".equals(rs.getString(2)) ? 0 : 1]++;
                }, regions.subtree(region), Date.valueOf(from), Date.valueOf(to));
        return counts.entrySet().stream().map(e -> new Figures.Births(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * Service and contract coverage that fell due in [from, to] in the region, as settled so far
     * (duties still pending, waived, reassigned or withdrawn left out), by division at {@code level}.
     */
    public List<Figures.Coverage> coverage(String region, LocalDate from, LocalDate to, RegionLevel level) {
        Map<String, long[]> counts = new TreeMap<>();
        arrays.query("SELECT responsible, kind, status FROM obligation_view WHERE kind IN ('service-coverage', "
                + "'agreement-coverage') AND responsible = ANY(?) AND due_on >= ? AND due_on <= ? "
                + "AND status IN ('met-on-time', 'met-late', 'overdue')", rs -> {
                    long[] c = counts.computeIfAbsent(regions.atLevel(rs.getString(1), level) + "," + rs.getString(2),
                            k -> new long[2]);
                    c[0]++;
                    if (rs.getString(3).startsWith("met-")) {
                        c[1]++;
                    }
                }, regions.subtree(region), Date.valueOf(from), Date.valueOf(to));
        return counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split(",");
            return new Figures.Coverage(key[0], key[1], e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

}
