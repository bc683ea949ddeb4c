package io.supportcenter.domain.kb;

/**
 * @param windowDays   how far back Most Popular Topics look (default 7)
 * @param halfLifeDays after how many days a view counts half (default 2)
 * @param size         how many topics the list shows (default 10)
 */
public record PopularityPolicy(int windowDays, double halfLifeDays, int size) {

    public static PopularityPolicy defaults() {
        return new PopularityPolicy(7, 2.0, 10);
    }
}
